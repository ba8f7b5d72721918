"""The same network class built twice with scales that suit a 784-input ReLU layer (0.05 and 0.04, near He's
0.05): nothing to report at either call."""

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


first = Net(784, 256, 10, 0.04)
fine = Net(784, 256, 10, 0.05)
