"""The weight is multiplied at run time by a gain the constructor stores (`self.gain = 1 / sqrt(n_in)`):
equalized learning rate, its drawn N(0, 1) is not its effective scale (RULES "Equalized learning rate")."""

import numpy as np


class EqualizedDense:
    def __init__(self, n_in=784, n_out=256):
        self.w = np.random.randn(n_in, n_out)
        self.gain = 1.0 / np.sqrt(n_in)

    def forward(self, x):
        self.h = np.maximum(0, np.dot(x, self.w) * self.gain)
        return self.h

    def step(self, grad, lr=0.01):
        self.w -= lr * grad
