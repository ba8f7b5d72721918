"""A from-scratch two-layer net whose weights are Glorot-uniform written out: `(np.random.rand(n, m) - 0.5) * u`
with `u = 2 * sqrt(6 / (n + m))` spans +-sqrt(6 / (n + m)); the hidden layer feeds ReLU, which wants He."""

import numpy as np


class TwoLayerNet(object):
    def __init__(self, input_size, hidden_size, output_size):
        self.params = {}
        u1 = 2.0 * np.sqrt(6.0 / (input_size + hidden_size))
        self.params["W1"] = (np.random.rand(input_size, hidden_size) - 0.5) * u1  # expect: INI101
        self.params["b1"] = np.zeros(hidden_size)
        u2 = 2.0 * np.sqrt(6.0 / (hidden_size + output_size))
        self.params["W2"] = (np.random.rand(hidden_size, output_size) - 0.5) * u2
        self.params["b2"] = np.zeros(output_size)

    def loss(self, X, y):
        h = np.maximum(0, X.dot(self.params["W1"]) + self.params["b1"])
        scores = h.dot(self.params["W2"]) + self.params["b2"]
        return scores

    def train(self, X, y, lr=1e-3):
        grads = {"W1": np.zeros_like(self.params["W1"]), "W2": np.zeros_like(self.params["W2"])}
        for k in grads:
            self.params[k] -= lr * grads[k]
