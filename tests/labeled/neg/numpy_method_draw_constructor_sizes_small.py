"""A from-scratch network whose sizes the constructor stores (`self.d = d`) and whose weights a separate method
draws with unscaled `randn`: the script builds it as FeedForward(4, 8, 2), so every fan-in is under 16, where
std 1 neither saturates nor explodes (RULES)."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class FeedForward:
    def __init__(self, d, d1, k, lr=0.01):
        self.d = d
        self.d1 = d1
        self.k = k
        self.lr = lr

    def init_params(self):
        self.w1 = np.random.randn(self.d1, self.d)
        self.w2 = np.random.randn(self.k, self.d1)

    def forward(self, x):
        self.a1 = sigmoid(np.dot(self.w1, x))
        return np.dot(self.w2, self.a1)

    def train(self, X, Y):
        self.init_params()
        for x, y in zip(X, Y):
            err = self.forward(x) - y
            self.w2 -= self.lr * np.outer(err, self.a1)


net = FeedForward(4, 8, 2)
