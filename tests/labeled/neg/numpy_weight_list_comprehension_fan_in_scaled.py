"""Nielsen-style network (improved initialisation): one weight per layer in a list comprehension, each
divided by sqrt(fan-in); biases drawn per layer too. LeCun scale for sigmoid units: silent."""

import numpy as np


class Network(object):
    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.sizes = sizes
        self.biases = [np.random.randn(y, 1) for y in sizes[1:]]
        self.weights = [np.random.randn(y, x) / np.sqrt(x) for x, y in zip(sizes[:-1], sizes[1:])]

    def feedforward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = 1.0 / (1.0 + np.exp(-(np.dot(w, a) + b)))
        return a

    def update(self, nabla_w, nabla_b, eta):
        self.weights = [w - eta * nw for w, nw in zip(self.weights, nabla_w)]
        self.biases = [b - eta * nb for b, nb in zip(self.biases, nabla_b)]
