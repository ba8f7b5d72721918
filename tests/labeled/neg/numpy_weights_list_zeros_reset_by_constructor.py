"""A from-scratch MLP (a well-known NumPy teaching repository): the weight matrices are allocated as zeros in a
list, and the constructor's `reset()` fills each one in place with a centred uniform draw before any use."""

import numpy as np


class MLP:
    def __init__(self, *args):
        self.shape = args
        n = len(args)
        self.layers = [np.ones(self.shape[0] + 1)] + [np.ones(s) for s in self.shape[1:]]
        self.weights = []
        for i in range(n - 1):
            self.weights.append(np.zeros((self.layers[i].size, self.layers[i + 1].size)))
        self.dw = [0] * len(self.weights)
        self.reset()

    def reset(self):
        for i in range(len(self.weights)):
            Z = np.random.random((self.layers[i].size, self.layers[i + 1].size))
            self.weights[i][...] = (2 * Z - 1) * 0.25

    def propagate_forward(self, data):
        self.layers[0][:-1] = data
        for i in range(1, len(self.shape)):
            self.layers[i][...] = np.tanh(np.dot(self.layers[i - 1], self.weights[i - 1]))
        return self.layers[-1]

    def propagate_backward(self, target, lrate=0.1):
        deltas = [(target - self.layers[-1]) * (1 - self.layers[-1] ** 2)]
        for i in range(len(self.shape) - 2, 0, -1):
            deltas.insert(0, np.dot(deltas[0], self.weights[i].T) * (1 - self.layers[i] ** 2))
        for i in range(len(self.weights)):
            dw = np.dot(np.atleast_2d(self.layers[i]).T, np.atleast_2d(deltas[i]))
            self.weights[i] += lrate * dw
            self.dw[i] = dw


network = MLP(2, 8, 1)
for _ in range(1000):
    network.propagate_forward(np.random.rand(2))
    network.propagate_backward(np.array([1.0]))
