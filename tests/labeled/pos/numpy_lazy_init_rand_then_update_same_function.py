"""An online two-layer MLP that creates its weights on the first batch, in the same method that then takes the
gradient step: `self.W1 -= self.lr * dW1` is an update, not a recentring of the U(0, 1) draw, which is all
positive in front of ReLU (every hidden unit sums its inputs with the same sign)."""

import numpy as np


class OnlineMLP:
    def __init__(self, n_hidden=128, lr=0.1):
        self.n_hidden = n_hidden
        self.lr = lr
        self.W1 = None

    def train_step(self, x, y):
        if self.W1 is None:
            self.W1 = np.random.rand(x.shape[1], self.n_hidden)  # expect: INI005
            self.W2 = np.random.randn(self.n_hidden, y.shape[1]) * np.sqrt(2.0 / self.n_hidden)
        h = np.maximum(0, x @ self.W1)
        logits = h @ self.W2
        p = np.exp(logits - logits.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        d = (p - y) / len(x)
        dW2 = h.T @ d
        dW1 = x.T @ (d @ self.W2.T * (h > 0))
        self.W2 -= self.lr * dW2
        self.W1 -= self.lr * dW1
        return p
