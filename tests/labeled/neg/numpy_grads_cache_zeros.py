"""Backprop bookkeeping from a from-scratch NumPy net: np.zeros for gradient accumulators,
caches and the output buffer (gradients, caches, activations are not weights)."""

import numpy as np


def init_grads(params):
    grads = {}
    for key, value in params.items():
        grads["d" + key] = np.zeros_like(value)
    return grads


def forward(X, W1, b1, W2, b2):
    caches = []
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    caches.append((X, W1, b1, Z1))
    out = np.zeros((W2.shape[0], X.shape[1]))
    out += W2 @ A1 + b2
    return out, caches
