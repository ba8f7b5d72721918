"""A from-scratch MNIST network (a university course): one unscaled N(0, 1) matrix per layer in a list, trained by
`self.weights[i] += self.alpha * ...` in its backpropagation. Std 1 at fan-in 784 saturates the sigmoids."""

import numpy as np


class NeuralNetwork:
    def __init__(self, layers, alpha=0.1):
        self.alpha = alpha
        self.weights = []
        self.biases = []
        for i in range(1, len(layers)):
            self.weights.append(np.random.randn(layers[i - 1], layers[i]))  # expect: INI004
            self.biases.append(np.zeros(layers[i]))

    def sigmoid(self, x):
        return 1 / (1 + np.exp(-x))

    def feedforward(self, x):
        self.activations = [x]
        for w, b in zip(self.weights, self.biases):
            self.activations.append(self.sigmoid(np.dot(self.activations[-1], w) + b))
        return self.activations[-1]

    def backpropagate(self, expected):
        deltas = [(expected - self.activations[-1]) * self.activations[-1] * (1 - self.activations[-1])]
        for i in range(len(self.weights) - 1, 0, -1):
            a = self.activations[i]
            deltas.append(deltas[-1].dot(self.weights[i].T) * a * (1 - a))
        deltas.reverse()
        for i in range(len(self.weights)):
            self.weights[i] += self.alpha * np.outer(self.activations[i], deltas[i])
            self.biases[i] += self.alpha * deltas[i]


net = NeuralNetwork([784, 100, 50, 10])
for x, y in zip(np.random.rand(100, 784), np.eye(10)[np.random.randint(0, 10, 100)]):
    net.feedforward(x)
    net.backpropagate(y)
