"""A from-scratch MLP whose hidden activation is a one-line method (`def activation(self, x): return
np.tanh(x)`) called as `self.activation(z1)`: the He scale chosen for a tanh layer."""

import numpy as np


class NN:
    def __init__(self, in_dim=784, hidden=100, out_dim=10):
        self.w1 = np.random.randn(in_dim, hidden) * np.sqrt(2.0 / in_dim)  # expect: INI102
        self.w2 = np.random.randn(hidden, out_dim) * np.sqrt(1.0 / hidden)

    def activation(self, x):
        return np.tanh(x)

    def forward(self, x):
        a1 = self.activation(x.dot(self.w1))
        return a1.dot(self.w2), a1

    def train(self, x, y, lr=0.01):
        out, a1 = self.forward(x)
        d_out = out - y
        self.w2 -= lr * a1.T.dot(d_out)
        self.w1 -= lr * x.T.dot(d_out.dot(self.w2.T) * (1 - a1 ** 2))
