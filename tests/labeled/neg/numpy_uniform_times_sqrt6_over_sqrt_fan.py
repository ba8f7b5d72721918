"""Glorot's uniform bound written left to right: `uniform(-1, 1) * sqrt(6) / sqrt(n + m)` is
U(-sqrt(6 / (n + m)), sqrt(6 / (n + m))), the Xavier range, in front of tanh."""

import numpy as np


class Net:
    def __init__(self, n, m):
        self.W = np.random.uniform(-1, 1, (n, m)) * np.sqrt(6) / np.sqrt(n + m)

    def forward(self, x):
        return np.tanh(x @ self.W)

    def step(self, g, lr=0.1):
        self.W -= lr * g
