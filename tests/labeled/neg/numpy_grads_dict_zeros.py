"""CS231n-style fully connected net: the backward pass fills a grads dict keyed like the
params dict (grads['W1'] = np.zeros_like(W1)); gradient buffers, not weights (RULES)."""

import numpy as np


class TwoLayerNet:
    def __init__(self, input_dim=3 * 32 * 32, hidden_dim=100, num_classes=10, weight_scale=1e-3):
        self.params = {}
        self.params["W1"] = np.random.randn(input_dim, hidden_dim) * np.sqrt(2.0 / input_dim)
        self.params["b1"] = np.zeros(hidden_dim)
        self.params["W2"] = np.random.randn(hidden_dim, num_classes) * np.sqrt(2.0 / hidden_dim)
        self.params["b2"] = np.zeros(num_classes)

    def loss(self, X, y):
        W1, W2 = self.params["W1"], self.params["W2"]
        h = np.maximum(0, X @ W1 + self.params["b1"])
        scores = h @ W2 + self.params["b2"]
        grads = {}
        grads["W1"] = np.zeros_like(W1)
        grads["W2"] = np.zeros((W2.shape[0], W2.shape[1]))
        dscores = scores - scores.max(axis=1, keepdims=True)
        grads["W2"] += h.T @ dscores
        grads["W1"] += X.T @ ((dscores @ W2.T) * (h > 0))
        return grads
