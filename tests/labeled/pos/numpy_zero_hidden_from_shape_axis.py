"""A one-hidden-layer tanh network whose hidden weights are sized from the data's shape and filled with
zeros: `np.zeros((X.shape[1], n_h))` is a matrix (two axes), so every hidden unit stays a copy of the others."""

import numpy as np


def init_params(X, n_h, n_y):
    W1 = np.zeros((X.shape[1], n_h))  # expect: INI001
    b1 = np.zeros((1, n_h))
    W2 = np.random.randn(n_h, n_y) * 0.01
    b2 = np.zeros((1, n_y))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward(X, params):
    a1 = np.tanh(X @ params["W1"] + params["b1"])
    return a1 @ params["W2"] + params["b2"]


def train(X, y, n_h=8, lr=0.1, steps=1000):
    params = init_params(X, n_h, 1)
    for _ in range(steps):
        out = forward(X, params)
        grad = out - y
        params["W2"] -= lr * (np.tanh(X @ params["W1"]).T @ grad)
    return params
