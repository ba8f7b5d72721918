"""Nielsen's network.py with its SGD step written index by index (`self.weights[i] = self.weights[i] - ...`):
the list holds one N(0, 1) matrix per layer, fan-in 784 into sigmoid units. Indexing the list by layer is no
row lookup of an embedding table."""

import numpy as np


class Network(object):
    def __init__(self, sizes):
        self.sizes = sizes
        self.biases = [np.random.randn(y, 1) for y in sizes[1:]]
        self.weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]  # expect: INI004

    def sigmoid(self, z):
        return 1.0 / (1.0 + np.exp(-z))

    def feedforward(self, a):
        for w, b in zip(self.weights, self.biases):
            a = self.sigmoid(np.dot(w, a) + b)
        return a

    def update_mini_batch(self, nabla_w, nabla_b, eta, n):
        for i in np.arange(len(self.weights)):
            self.weights[i] = self.weights[i] - eta * nabla_w[i] / n
            self.biases[i] = self.biases[i] - eta * nabla_b[i] / n


net = Network([784, 30, 10])
