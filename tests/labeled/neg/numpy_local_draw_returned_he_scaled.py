"""A from-scratch MLP's weight helper: the unit draw is bound to a local, then returned scaled by the He factor of
its fan-in (`return W * np.sqrt(2.0 / n_in)`). The tensor the network trains is the scaled one; the raw draw is
never a weight of std 1."""

import numpy as np


def he_weights(n_in, n_out):
    W = np.random.randn(n_in, n_out)
    return W * np.sqrt(2.0 / n_in)


class MLP:
    def __init__(self, sizes=(784, 256, 10)):
        self.W1 = he_weights(sizes[0], sizes[1])
        self.W2 = he_weights(sizes[1], sizes[2])

    def forward(self, x):
        self.h = np.maximum(0, x @ self.W1)
        return self.h @ self.W2

    def step(self, x, grad_out, lr=0.01):
        grad_h = (grad_out @ self.W2.T) * (self.h > 0)
        self.W2 -= lr * self.h.T @ grad_out
        self.W1 -= lr * x.T @ grad_h
