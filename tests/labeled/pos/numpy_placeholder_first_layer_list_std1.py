"""Layers indexed from 1: a placeholder array, then one unscaled weight per layer
(`[np.array([0])] + [np.random.randn(y, x) for ...]`); the first hidden layer has fan-in 784
and std 1 makes its pre-activations ~28 wide."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, sizes=(784, 30, 10)):
        self.sizes = sizes
        self.num_layers = len(sizes)
        self.weights = [np.array([0])] + [np.random.randn(y, x) for y, x in zip(sizes[1:], sizes[:-1])]  # expect: INI004
        self.biases = [np.array([0])] + [np.zeros((y, 1)) for y in sizes[1:]]

    def feedforward(self, a):
        for i in range(1, self.num_layers):
            a = sigmoid(self.weights[i].dot(a) + self.biases[i])
        return a

    def step(self, nabla_w, lr):
        self.weights = [w - lr * nw for w, nw in zip(self.weights, nabla_w)]
