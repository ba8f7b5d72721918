"""NumPy MLP where np.random.normal(0.01, size=...) was meant as "std 0.01":
the first positional argument is loc, so the weights are N(0.01, 1)."""

import numpy as np


def init(n_in=784, n_hidden=256, n_out=10):
    W1 = np.random.normal(0.01, size=(n_in, n_hidden))  # expect: INI006
    b1 = np.zeros(n_hidden)
    W2 = np.random.normal(0.0, np.sqrt(1.0 / n_hidden), size=(n_hidden, n_out))
    b2 = np.zeros(n_out)
    return W1, b1, W2, b2


def forward(X, W1, b1, W2, b2):
    h = np.maximum(0, X @ W1 + b1)
    return h @ W2 + b2
