"""A from-scratch layer whose weights are a small normal shifted by 0.5: every weight is positive, so
all units see the same large positive pre-activation (non-centred, like U(0, 1))."""

import numpy as np


class Layer:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * 0.01 + 0.5  # expect: INI005
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        return np.tanh(x @ self.W + self.b)

    def step(self, lr):
        self.W -= lr * self.dW
        self.b -= lr * self.db
