"""NumPy sigmoid MLP from a tutorial: He scaling sqrt(2 / fan_in) chosen for every layer while the
hidden units are sigmoid, applied inside a layer_forward() helper (He is for ReLU)."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def init_params(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * np.sqrt(2.0 / n_x)  # expect: INI102
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * np.sqrt(2.0 / n_h)
    b2 = np.zeros((n_y, 1))
    return W1, b1, W2, b2


def layer_forward(W, b, A_prev):
    return sigmoid(np.dot(W, A_prev) + b)


def predict(X, W1, b1, W2, b2):
    A1 = layer_forward(W1, b1, X)
    Z2 = np.dot(W2, A1) + b2
    return Z2 > 0
