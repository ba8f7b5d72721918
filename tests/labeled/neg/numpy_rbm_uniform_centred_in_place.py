"""A from-scratch binary RBM (the deeplearning.net tutorial's init): U(0, 1) scaled in place by
8 * sqrt(6 / (n_hidden + n_visible)) and then shifted down by half of that, so W is centred,
U(-4 * sqrt(6 / (n_h + n_v)), +4 * sqrt(...)): Glorot's bound for sigmoid units."""

import numpy as np


class RBM:
    def __init__(self, n_visible, n_hidden, lr=0.1, k=1):
        self.n_hidden = n_hidden
        self.n_visible = n_visible
        self.W = np.random.rand(n_visible, n_hidden)
        self.W *= 8 * np.sqrt(6.0 / (n_hidden + n_visible))
        self.W -= 4 * np.sqrt(6.0 / (n_hidden + n_visible))
        self.hbias = np.zeros(n_hidden)
        self.vbias = np.zeros(n_visible)
        self.lr = lr
        self.k = k

    def sample_h(self, v):
        p = 1 / (1 + np.exp(-(v @ self.W + self.hbias)))
        return p, (np.random.rand(*p.shape) < p).astype(float)

    def contrastive_divergence(self, v0):
        ph0, h0 = self.sample_h(v0)
        pv1 = 1 / (1 + np.exp(-(h0 @ self.W.T + self.vbias)))
        ph1, _ = self.sample_h(pv1)
        self.W += self.lr * (v0.T @ ph0 - pv1.T @ ph1) / len(v0)
