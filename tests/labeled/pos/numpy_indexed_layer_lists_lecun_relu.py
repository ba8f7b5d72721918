"""A from-scratch NumPy network: one LeCun-scaled weight per layer made by a comprehension,
and a forward pass that fills per-layer lists by index (`self.zs[i] = self.weights[i - 1].dot(...)`,
`self.acts[i] = relu(self.zs[i])`): the hidden layers feed ReLU, so the 1/sqrt(fan_in) scale halves
the variance at every layer."""

import numpy as np


def relu(z):
    return np.maximum(z, 0)


class Net:
    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.weights = [np.random.randn(y, x) / np.sqrt(x) for y, x in zip(sizes[1:], sizes[:-1])]  # expect: INI101
        self.zs = [None] * len(sizes)
        self.acts = [None] * len(sizes)

    def forward(self, x):
        self.acts[0] = x
        for i in range(1, self.num_layers):
            self.zs[i] = self.weights[i - 1].dot(self.acts[i - 1])
            self.acts[i] = relu(self.zs[i])
        return self.acts[-1]

    def update(self, grads, lr):
        self.weights = [w - lr * g for w, g in zip(self.weights, grads)]
