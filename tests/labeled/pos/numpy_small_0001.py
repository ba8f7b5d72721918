"""CS231n-style two-layer net (affine - ReLU - affine - softmax) with weight_scale = 1e-3
written out inline: the hidden weights are far too small."""

import numpy as np


class TwoLayerNet:
    def __init__(self, input_dim=3 * 32 * 32, hidden_dim=100, num_classes=10):
        self.params = {}
        self.params["W1"] = np.random.randn(input_dim, hidden_dim) * 0.001  # expect: INI003
        self.params["b1"] = np.zeros(hidden_dim)
        self.params["W2"] = np.random.randn(hidden_dim, num_classes) * np.sqrt(2.0 / hidden_dim)
        self.params["b2"] = np.zeros(num_classes)

    def loss(self, X):
        W1, b1 = self.params["W1"], self.params["b1"]
        W2, b2 = self.params["W2"], self.params["b2"]
        hidden = np.maximum(0, X.reshape(X.shape[0], -1).dot(W1) + b1)
        scores = hidden.dot(W2) + b2
        return scores
