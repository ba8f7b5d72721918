"""A from-scratch two-layer net whose backward pass multiplies the output weight's transpose by the hidden
activation the forward pass cached (`self.z2 * (1 - self.z2)`, the sigmoid's derivative): a gradient, not a
stored scale. The output weight is N(0, 1) with fan-in 64."""

import numpy as np


class NN:
    def __init__(self, ind=2, w=64, outd=1, lr=0.1):
        self.w2 = np.random.randn(ind, w)
        self.b2 = np.random.randn(w)
        self.wout = np.random.randn(w, outd)  # expect: INI004
        self.bout = np.random.randn(outd)
        self.lr = lr

    def forward(self, x):
        self.z1 = x
        self.z2 = self.sigmoid(np.dot(self.z1, self.w2) + self.b2)
        self.out = self.sigmoid(np.dot(self.z2, self.wout) + self.bout)
        return self.out

    def train(self, x, t):
        out_d = 2 * (self.out - t) * self.out * (1 - self.out)
        out_dW = np.dot(self.z2.T, out_d)
        self.wout -= self.lr * out_dW
        w2_d = np.dot(out_d, self.wout.T) * self.z2 * (1 - self.z2)
        self.w2 -= self.lr * np.dot(self.z1.T, w2_d)

    def sigmoid(self, x):
        return 1. / (1. + np.exp(-x))
