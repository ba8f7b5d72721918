"""A from-scratch network class whose weight scale is a constructor parameter with no default; the script builds
two, one with 1e-4 and one with 0.05. The hidden layer of the first starts far under He (RULES: where several call
sites give different values, report the bad one at the call site that passes it)."""

import numpy as np


class Net:
    def __init__(self, n_in, n_hidden, n_out, std):
        self.W1 = std * np.random.randn(n_in, n_hidden)
        self.b1 = np.zeros(n_hidden)
        self.W2 = std * np.random.randn(n_hidden, n_out)
        self.b2 = np.zeros(n_out)

    def forward(self, x):
        h = np.maximum(0, x @ self.W1 + self.b1)
        return h @ self.W2 + self.b2

    def update(self, g, lr=0.1):
        self.W1 -= lr * g["W1"]
        self.W2 -= lr * g["W2"]


small = Net(784, 256, 10, 0.0001)  # expect: INI003
fine = Net(784, 256, 10, 0.05)
