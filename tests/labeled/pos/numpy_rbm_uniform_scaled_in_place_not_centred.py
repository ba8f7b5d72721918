"""A from-scratch RBM that scales its U(0, 1) draw in place but never centres it: every weight is positive
(U(0, 0.1)), so every hidden unit sums its visible inputs with the same sign."""

import numpy as np


class RBM:
    def __init__(self, n_visible, n_hidden, lr=0.1):
        self.W = np.random.rand(n_visible, n_hidden)  # expect: INI005
        self.W *= 0.1
        self.hbias = np.zeros(n_hidden)
        self.vbias = np.zeros(n_visible)
        self.lr = lr

    def contrastive_divergence(self, v0):
        ph0 = 1 / (1 + np.exp(-(v0 @ self.W + self.hbias)))
        h0 = (np.random.rand(*ph0.shape) < ph0).astype(float)
        pv1 = 1 / (1 + np.exp(-(h0 @ self.W.T + self.vbias)))
        ph1 = 1 / (1 + np.exp(-(pv1 @ self.W + self.hbias)))
        self.W += self.lr * (v0.T @ ph0 - pv1.T @ ph1) / len(v0)
