"""A NumPy network whose second layer is drawn from U(0, 1) times 1 / n_h: smaller, but still every weight
positive, so every unit of the output sums the hidden activations with the same sign."""

import numpy as np


class Net:
    def __init__(self, n_in=784, n_h=128, n_out=10):
        self.W1 = np.random.randn(n_in, n_h) * np.sqrt(2.0 / n_in)
        self.W2 = np.random.rand(n_h, n_out) * (1.0 / n_h)  # expect: INI005

    def forward(self, x):
        self.h = np.maximum(0, x @ self.W1)
        return self.h @ self.W2

    def step(self, g1, g2, lr=0.1):
        self.W1 -= lr * g1
        self.W2 -= lr * g2
