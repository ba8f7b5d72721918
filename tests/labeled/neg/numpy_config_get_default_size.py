"""Sizes read from a config dict with integer defaults (`config.get('hidden', 100)`): a default size says what is
typical, not what the caller builds, so std 1 there convicts nothing; the weights are He-scaled anyway for the
sizes given, and the learning rate's fraction is no weight scale."""

import numpy as np


class MLP(object):
    def __init__(self, config):
        self.hidden = config.get("hidden", 100)
        self.n_in = config.get("n_in", 784)
        self.lr = config.get("lr", 0.001)
        self.W1 = np.random.randn(self.n_in, self.hidden) * np.sqrt(2.0 / self.n_in)
        self.b1 = np.zeros(self.hidden)
        self.W2 = np.random.randn(self.hidden, 10) * np.sqrt(2.0 / self.hidden)
        self.b2 = np.zeros(10)

    def forward(self, X):
        h = np.maximum(0, X @ self.W1 + self.b1)
        return h @ self.W2 + self.b2

    def step(self, grads):
        self.W1 -= self.lr * grads["W1"]
        self.W2 -= self.lr * grads["W2"]
