"""A from-scratch Linear layer that keeps its weight behind a validated property: the constructor first
stores a zero placeholder in `self._weight`, then assigns `self.weight = ...`, which the setter writes back
into `self._weight`. The zeros never reach training."""

import numpy as np


class Linear:
    def __init__(self, in_channels, out_channels, activation=None):
        limit = np.sqrt(6 / in_channels)
        self._weight = np.zeros(shape=(out_channels, in_channels))
        self.weight = np.random.uniform(-limit, limit, size=(out_channels, in_channels))
        self._bias = np.zeros(out_channels)
        self.activation = activation

    @property
    def weight(self):
        return self._weight

    @weight.setter
    def weight(self, new_weight):
        if self._weight.shape != new_weight.shape:
            raise ValueError("shape mismatch")
        self._weight = new_weight

    def forward(self, x):
        out = self._weight @ x + self._bias[:, None]
        return self.activation(out) if self.activation else out

    def backward(self, x, grad, lr=0.01):
        self._weight -= lr * grad @ x.T
