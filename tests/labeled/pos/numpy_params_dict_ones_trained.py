"""A from-scratch two-layer network whose parameters dict is filled with a constant: every hidden unit
starts identical (0.5 everywhere) and the training loop updates the dict in place, so they stay identical."""

import numpy as np


def train(X, Y, n_h=16, lr=0.1, steps=500):
    params = {
        "W1": np.ones((n_h, X.shape[0])) * 0.5,  # expect: INI002
        "b1": np.zeros((n_h, 1)),
        "W2": np.random.randn(1, n_h) * 0.1,
        "b2": np.zeros((1, 1)),
    }
    for _ in range(steps):
        A1 = np.tanh(params["W1"] @ X + params["b1"])
        A2 = params["W2"] @ A1 + params["b2"]
        dZ2 = A2 - Y
        dZ1 = (params["W2"].T @ dZ2) * (1 - A1 ** 2)
        params["W2"] -= lr * dZ2 @ A1.T
        params["W1"] -= lr * dZ1 @ X.T
    return params
