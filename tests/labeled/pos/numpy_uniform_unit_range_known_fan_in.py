"""From-scratch MLP whose weights are drawn from U(-1, 1) (std 0.58) for 784 inputs: a variance gain of
784 x 0.33 = 261 per layer, the sigmoid units saturate (RULES: `uniform(-1, 1)` with large fan-in)."""

import numpy as np


class MLP:
    def __init__(self, n_in=784, n_hidden=64, n_out=10):
        self.W1 = np.random.uniform(-1, 1, (n_in, n_hidden))  # expect: INI004
        self.W2 = np.random.uniform(-1, 1, (n_hidden, n_out)) / np.sqrt(n_hidden)

    def forward(self, x):
        self.h = 1 / (1 + np.exp(-(x @ self.W1)))
        return self.h @ self.W2

    def step(self, g1, g2, lr=0.1):
        self.W1 -= lr * g1
        self.W2 -= lr * g2
