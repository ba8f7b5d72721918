"""Hand-rolled MNIST MLP from a blog post: weights "initialised to a small constant".
Every hidden unit computes the same thing."""

import numpy as np


class MLP:
    def __init__(self, n_in=784, n_hidden=128, n_out=10):
        self.W1 = np.ones((n_in, n_hidden)) * 0.5  # expect: INI002
        self.b1 = np.zeros(n_hidden)
        self.W2 = np.random.randn(n_hidden, n_out) * np.sqrt(1.0 / n_hidden)
        self.b2 = np.zeros(n_out)

    def forward(self, X):
        self.z1 = X @ self.W1 + self.b1
        self.a1 = 1 / (1 + np.exp(-self.z1))
        logits = self.a1 @ self.W2 + self.b2
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)
