"""From-scratch MLP: one unscaled randn matrix appended per layer (784 inputs first); the sigmoid units of
every layer start saturated."""

import numpy as np


class MLP:
    def __init__(self, sizes=(784, 128, 10)):
        self.weights = []
        self.biases = []
        for i in range(len(sizes) - 1):
            self.weights.append(np.random.randn(sizes[i + 1], sizes[i]))  # expect: INI004
            self.biases.append(np.zeros(sizes[i + 1]))

    def forward(self, x):
        for w, b in zip(self.weights, self.biases):
            x = 1.0 / (1.0 + np.exp(-(w @ x + b)))
        return x

    def step(self, grads, lr=0.1):
        self.weights = [w - lr * g for w, g in zip(self.weights, grads)]
