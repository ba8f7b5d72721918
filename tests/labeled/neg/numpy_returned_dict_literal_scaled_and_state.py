"""Helpers that return dict literals: He-scaled weights for a ReLU layer and LeCun for the output, zero biases,
and the optimizer's zero momentum and gradient buffers keyed by weight (state, not weights)."""

import numpy as np


def init_params(n_x, n_h, n_y):
    return {"W1": np.random.randn(n_h, n_x) * np.sqrt(2 / n_x), "b1": np.zeros((n_h, 1)),
            "W2": np.random.randn(n_y, n_h) * np.sqrt(1 / n_h), "b2": np.zeros((n_y, 1))}


def initialize_velocity(parameters):
    return {"dW1": np.zeros(parameters["W1"].shape), "db1": np.zeros(parameters["b1"].shape),
            "dW2": np.zeros(parameters["W2"].shape), "db2": np.zeros(parameters["b2"].shape)}


def initialize_adam(n_x, n_h):
    return {"vW1": np.zeros((n_h, n_x)), "sW1": np.zeros((n_h, n_x))}


def forward(X, p):
    a = np.maximum(0, p["W1"] @ X + p["b1"])
    return p["W2"] @ a + p["b2"]


def train(X, Y, n_h=16, steps=100, lr=0.1, beta=0.9):
    p = init_params(X.shape[0], n_h, 1)
    v = initialize_velocity(p)
    for _ in range(steps):
        out = forward(X, p)
        dW2 = (out - Y) @ np.maximum(0, p["W1"] @ X + p["b1"]).T
        v["dW2"] = beta * v["dW2"] + (1 - beta) * dW2
        p["W2"] -= lr * v["dW2"]
    return p
