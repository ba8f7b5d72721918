"""Korean deep-learning textbook (Do it! DL, ch. 6): a two-layer network class with L1/L2 penalties, and a
subclass that only overrides `init_weights` with N(0, 1) draws. The base class's forward applies a sigmoid
written as a small method; std 1 at a 30-feature (or wider) input saturates it."""

import numpy as np


class DualLayer:
    def __init__(self, units=10, learning_rate=0.1, l1=0, l2=0):
        self.units = units
        self.w1 = None
        self.b1 = None
        self.w2 = None
        self.b2 = None
        self.lr = learning_rate
        self.l1 = l1
        self.l2 = l2

    def activation(self, z):
        z = np.clip(z, -100, None)
        a = 1 / (1 + np.exp(-z))
        return a

    def forpass(self, x):
        z1 = np.dot(x, self.w1) + self.b1
        self.a1 = self.activation(z1)
        z2 = np.dot(self.a1, self.w2) + self.b2
        return z2

    def init_weights(self, n_features):
        self.w1 = np.random.normal(0, 1, (n_features, self.units)) * 0.1
        self.b1 = np.zeros(self.units)
        self.w2 = np.random.normal(0, 1, (self.units, 1)) * 0.1
        self.b2 = 0

    def update(self, x, err, m):
        w1_grad, w2_grad = np.dot(x.T, err) / m, np.dot(self.a1.T, err) / m
        w1_grad += (self.l1 * np.sign(self.w1) + self.l2 * self.w1) / m
        self.w1 -= self.lr * w1_grad
        self.w2 -= self.lr * w2_grad

    def reg_loss(self):
        return self.l1 * (np.sum(np.abs(self.w1)) + np.sum(np.abs(self.w2))) + \
            self.l2 / 2 * (np.sum(self.w1 ** 2) + np.sum(self.w2 ** 2))


class RandomInitNetwork(DualLayer):
    def init_weights(self, n_features):
        np.random.seed(42)
        self.w1 = np.random.normal(0, 1, (n_features, self.units))  # expect: INI004
        self.b1 = np.zeros(self.units)
        self.w2 = np.random.normal(0, 1, (self.units, 1))
        self.b2 = 0


net = RandomInitNetwork(l2=0.01)
net.init_weights(30)
