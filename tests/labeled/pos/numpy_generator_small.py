"""NumPy Generator API with an explicit loc and a tiny scale: rng.normal(0.0, 0.001, ...)
on the hidden layers of a small ReLU classifier."""

import numpy as np

rng = np.random.default_rng(1)


def init_params(n_x, n_h, n_y):
    W1 = rng.normal(0.0, 0.001, size=(n_h, n_x))  # expect: INI003
    b1 = np.zeros((n_h, 1))
    W2 = rng.normal(0.0, np.sqrt(1.0 / n_h), size=(n_y, n_h))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward(X, p):
    A1 = np.maximum(0, p["W1"] @ X + p["b1"])
    return p["W2"] @ A1 + p["b2"]
