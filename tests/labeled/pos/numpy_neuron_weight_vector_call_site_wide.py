"""From-scratch neuron layer (book chapter 1 style): each neuron's weight vector drawn from U(-1, 1), built
for 784 MNIST pixels and trained. U(-1, 1) (std 0.58) at fan-in 784 is about 11x LeCun: tanh saturates."""

import numpy as np


class Neuron(object):
    def __init__(self, num_inputs, activation_function):
        self.W = np.random.uniform(size=num_inputs, low=-1.0, high=1.0)  # expect: INI004
        self.b = np.random.uniform(size=1, low=-1.0, high=1.0)
        self.activation_function = activation_function

    def forward(self, x):
        z = np.dot(x, self.W) + self.b
        return self.activation_function(z)


neurons = [Neuron(num_inputs=784, activation_function=np.tanh) for _ in range(10)]
X = np.random.rand(32, 784)
for x in X:
    outputs = [n.forward(x) for n in neurons]
    for n, o in zip(neurons, outputs):
        n.W -= 0.01 * (1 - o ** 2) * x
