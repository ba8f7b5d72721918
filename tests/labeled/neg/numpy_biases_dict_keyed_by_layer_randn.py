"""NumPy two-layer net with `weights`/`biases` dicts keyed by layer name (blog-post style); the biases are
drawn from N(0, 1) as some tutorials do. Biases are not weights: silent."""

import numpy as np

n_in, n_hidden, n_out = 64, 32, 10
weights = {
    "hidden": np.random.randn(n_in, n_hidden) * np.sqrt(2.0 / n_in),
    "out": np.random.randn(n_hidden, n_out) * np.sqrt(1.0 / n_hidden),
}
biases = {
    "hidden": np.random.randn(1, n_hidden),
    "out": np.random.randn(1, n_out),
}


def forward(X):
    h = np.maximum(0, X @ weights["hidden"] + biases["hidden"])
    return h @ weights["out"] + biases["out"]


def step(X, dW, db, lr=0.01):
    for k in weights:
        weights[k] -= lr * dW[k]
        biases[k] -= lr * db[k]
