"""From-scratch perceptron (book chapter 1 style): one neuron's weight vector drawn from U(-1, 1), built
with 3 inputs and trained by the perceptron rule. Fan-in 3 (< 16): silent."""

import numpy as np


class Neuron(object):
    def __init__(self, num_inputs, activation_function):
        self.W = np.random.uniform(size=num_inputs, low=-1.0, high=1.0)
        self.b = np.random.uniform(size=1, low=-1.0, high=1.0)
        self.activation_function = activation_function

    def forward(self, x):
        z = np.dot(x, self.W) + self.b
        return self.activation_function(z)


input_size = 3
step_function = lambda y: 0 if y <= 0 else 1
perceptron = Neuron(num_inputs=input_size, activation_function=step_function)
X = np.random.rand(100, input_size)
targets = (X.sum(axis=1) > 1.5).astype(float)
for x, t in zip(X, targets):
    y = perceptron.forward(x)
    perceptron.W += 0.1 * (t - y) * x
    perceptron.b += 0.1 * (t - y)
