"""CS231n-style softmax classifier: `weight_scale=1e-3` default on its only weight matrix.
A single-layer linear model has no hidden layer for the signal to vanish in."""

import numpy as np


class SoftmaxClassifier(object):
    def __init__(self, input_dim=3 * 32 * 32, num_classes=10, weight_scale=1e-3, reg=0.0):
        self.reg = reg
        self.params = {}
        self.params["W"] = weight_scale * np.random.randn(input_dim, num_classes)
        self.params["b"] = np.zeros(num_classes)

    def loss(self, X, y):
        scores = X.dot(self.params["W"]) + self.params["b"]
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
        return -np.log(probs[np.arange(len(y)), y]).mean()
