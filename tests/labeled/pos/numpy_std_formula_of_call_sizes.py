"""A from-scratch network whose "Xavier" forgot the square root: the std is 1 / (n_in + n_hidden), a formula of
the constructor's sizes, and the script's one call passes them (784, 100): std 1/884, far under He's
sqrt(2 / 784) / 10 at that fan-in."""

import numpy as np


class TwoLayerNet:
    def __init__(self, n_in, n_hidden, n_out):
        self.W1 = np.random.randn(n_in, n_hidden) / (n_in + n_hidden)  # expect: INI003
        self.b1 = np.zeros(n_hidden)
        self.W2 = np.random.randn(n_hidden, n_out) * np.sqrt(2.0 / n_hidden)
        self.b2 = np.zeros(n_out)

    def forward(self, x):
        self.h = np.maximum(0, x @ self.W1 + self.b1)
        return self.h @ self.W2 + self.b2

    def update(self, grads, lr=0.1):
        self.W1 -= lr * grads["W1"]
        self.b1 -= lr * grads["b1"]
        self.W2 -= lr * grads["W2"]
        self.b2 -= lr * grads["b2"]


net = TwoLayerNet(784, 100, 10)
