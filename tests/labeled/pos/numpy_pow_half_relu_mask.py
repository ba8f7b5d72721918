"""From-scratch NumPy MLP (blog post) using `n_in ** -0.5` (LeCun/Xavier fan-in scale) and a
ReLU written as `z * (z > 0)` -- the equivalent spellings of INI101's NumPy example."""

import numpy as np


class MLP:
    def __init__(self, n_in=784, n_hidden=256, n_out=10):
        self.W1 = np.random.randn(n_in, n_hidden) * n_in ** -0.5  # expect: INI101
        self.b1 = np.zeros(n_hidden)
        self.W2 = np.random.randn(n_hidden, n_out) * n_hidden ** -0.5
        self.b2 = np.zeros(n_out)

    def forward(self, X):
        z = X @ self.W1 + self.b1
        h = z * (z > 0)
        return h @ self.W2 + self.b2
