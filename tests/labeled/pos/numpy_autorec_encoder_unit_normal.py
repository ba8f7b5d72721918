"""An item-based autoencoder recommender: each user's rating vector over every item is multiplied whole by the
encoder (`ratings @ W`, W drawn as randn(n_items, hidden)). It is a layer with fan-in n_items, not a table of
per-id vectors, so std 1 saturates its sigmoid units."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class AutoRec:
    def __init__(self, n_items, hidden=500, lr=0.01):
        self.n_items = n_items
        self.lr = lr
        self.W = np.random.randn(self.n_items, hidden)  # expect: INI004
        self.V = np.random.randn(hidden, self.n_items) / np.sqrt(hidden)

    def step(self, ratings):
        h = sigmoid(ratings @ self.W)
        out = h @ self.V
        grad_out = out - ratings
        grad_h = grad_out @ self.V.T * h * (1 - h)
        self.V -= self.lr * h.T @ grad_out
        self.W -= self.lr * ratings.T @ grad_h
