"""The same written-out Glorot-uniform draw before tanh units (right), and a draw scaled by a named formula with
another factor (`(rand - 0.5) * 5 * u`): not a known family, so no pairing is claimed."""

import numpy as np


class TanhNet(object):
    def __init__(self, n_in, n_h, n_out):
        u1 = 2.0 * np.sqrt(6.0 / (n_in + n_h))
        self.W1 = (np.random.rand(n_in, n_h) - 0.5) * u1
        u2 = np.sqrt(6.0 / (n_h + n_out))
        self.W2 = (np.random.rand(n_h, n_out) - 0.5) * 5 * u2

    def forward(self, X):
        return np.tanh(X.dot(self.W1)).dot(self.W2)

    def step(self, g1, g2, lr=0.01):
        self.W1 -= lr * g1
        self.W2 -= lr * g2
