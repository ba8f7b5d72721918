"""Planar-data classifier in the style of deeplearning.ai Course 1 Week 3 (one tanh hidden layer),
with the hidden weights left at zero: all n_h hidden units stay identical."""

import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.zeros((n_h, n_x))  # expect: INI001
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
