"""Michael Nielsen, "Neural Networks and Deep Learning" network.py / large_weight_initializer:
weights = [np.random.randn(y, x) ...] -- unscaled N(0, 1) with sigmoid units."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.sizes = sizes
        self.biases = [np.random.randn(y, 1) for y in sizes[1:]]
        self.weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]  # expect: INI004

    def feedforward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a


net = Network([784, 30, 10])
