"""`W1 = randn(D, H) / sqrt(H)` used as `np.dot(X, W1)`: the divisor is the fan-out H, not the fan-in D
(784), so std 0.1 is neither LeCun nor He for this layer (about twice He): no Xavier/LeCun claim."""

import numpy as np

D, H, C = 784, 100, 10
model = {}
model["W1"] = np.random.randn(D, H) / np.sqrt(H)
model["W2"] = np.random.randn(H, C) / np.sqrt(C)


def forward(X, model):
    h = np.maximum(0, np.dot(X, model["W1"]))
    return np.dot(h, model["W2"])


for step in range(100):
    X = np.random.randn(32, D)
    scores = forward(X, model)
    model["W1"] -= 1e-3 * np.dot(X.T, scores[:, :1] * np.ones((1, H)))
