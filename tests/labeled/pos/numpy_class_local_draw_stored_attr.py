"""A from-scratch two-layer net drawing its first weight into a local and keeping it as an attribute:
the LeCun scale feeds ReLU in forward, which wants He (sqrt(2 / n_in))."""

import numpy as np


class TwoLayerNet:
    def __init__(self, n_in, n_hidden, n_out):
        W = np.random.randn(n_in, n_hidden) * np.sqrt(1.0 / n_in)  # expect: INI101
        self.W1 = W
        self.W2 = np.random.randn(n_hidden, n_out) * np.sqrt(2.0 / n_hidden)

    def forward(self, x):
        h = np.maximum(0, x @ self.W1)
        return h @ self.W2

    def step(self, g1, g2, lr=0.1):
        self.W1 -= lr * g1
        self.W2 -= lr * g2
