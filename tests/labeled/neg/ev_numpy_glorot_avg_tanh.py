"""Course-style NumPy tanh network with Glorot scaling written three ways:
randn / sqrt(fan_in + fan_out), / sqrt((fan_in + fan_out) / 2), * sqrt(2 / (fan_in + fan_out))."""

import numpy as np


class TanhNet:
    def __init__(self, D, M1, M2, K):
        self.W1 = np.random.randn(D, M1) / np.sqrt(D + M1)
        self.W2 = np.random.randn(M1, M2) / np.sqrt((M1 + M2) / 2)
        self.W3 = np.random.randn(M2, K) * np.sqrt(2 / (M2 + K))

    def forward(self, X):
        Z1 = np.tanh(X.dot(self.W1))
        Z2 = np.tanh(Z1.dot(self.W2))
        return Z2.dot(self.W3)

    def step(self, dW1, dW2, dW3, lr=1e-3):
        self.W1 -= lr * dW1
        self.W2 -= lr * dW2
        self.W3 -= lr * dW3
