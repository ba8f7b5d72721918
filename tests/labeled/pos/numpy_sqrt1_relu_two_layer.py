"""Two-layer ReLU net with "Xavier" scaling np.sqrt(1 / n_prev) on the hidden layer
(the INI101 NumPy example: ReLU wants np.sqrt(2 / n_prev))."""

import numpy as np


def relu(z):
    return np.maximum(0, z)


def init_params(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * np.sqrt(1 / n_x)  # expect: INI101
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * np.sqrt(1 / n_h)
    b2 = np.zeros((n_y, 1))
    return W1, b1, W2, b2


def forward(X, W1, b1, W2, b2):
    A1 = relu(W1 @ X + b1)
    Z2 = W2 @ A1 + b2
    return np.exp(Z2) / np.sum(np.exp(Z2), axis=0, keepdims=True)
