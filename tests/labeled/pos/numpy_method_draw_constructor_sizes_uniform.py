"""A from-scratch network whose sizes the constructor stores (`self.d = d`) and whose weights a separate method
draws (`init_params_b`, called before training): U(-1, 1) at the fan-in the script builds it with (784) has
std 0.58, 16x the 1/sqrt(fan_in) that keeps sigmoid units out of saturation."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class FeedForward:
    def __init__(self, d, d1, k, lr=0.01):
        self.d = d
        self.d1 = d1
        self.k = k
        self.lr = lr

    def init_params_b(self):
        self.w1 = np.random.uniform(low=-1.0, high=1.0, size=(self.d1, self.d))  # expect: INI004
        self.w2 = np.random.uniform(low=-1.0, high=1.0, size=(self.k, self.d1))  # expect: INI004

    def forward(self, x):
        self.a1 = sigmoid(np.dot(self.w1, x))
        return np.dot(self.w2, self.a1)

    def train(self, X, Y):
        self.init_params_b()
        for x, y in zip(X, Y):
            err = self.forward(x) - y
            self.w2 -= self.lr * np.outer(err, self.a1)


net = FeedForward(784, 200, 10)
