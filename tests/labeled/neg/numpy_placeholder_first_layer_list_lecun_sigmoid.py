"""Layers indexed from 1: a placeholder array, then one weight per layer scaled by 1/sqrt(fan_in)
(`[np.array([0])] + [np.random.randn(y, x) / np.sqrt(x) for ...]`) before sigmoid: silent."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, sizes=(784, 30, 10)):
        self.sizes = sizes
        self.num_layers = len(sizes)
        self.weights = [np.array([0])] + [np.random.randn(y, x) / np.sqrt(x) for y, x in zip(sizes[1:], sizes[:-1])]
        self.biases = [np.array([0])] + [np.zeros((y, 1)) for y in sizes[1:]]

    def feedforward(self, a):
        for i in range(1, self.num_layers):
            a = sigmoid(self.weights[i].dot(a) + self.biases[i])
        return a

    def step(self, nabla_w, lr):
        self.weights = [w - lr * nw for w, nw in zip(self.weights, nabla_w)]
