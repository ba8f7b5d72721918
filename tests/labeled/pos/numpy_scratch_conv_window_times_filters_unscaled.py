"""A from-scratch convolution layer multiplies each input window by its filters (`x_pad[:, i:i+k, j:j+k] *
self.filters`): that product is the convolution itself, not a run-time rescaling, so the unscaled
standard-normal filters (std 1 at any fan-in) are judged as drawn."""

import numpy as np


class Conv2d:
    def __init__(self, in_channels, out_channels, kernel_size, seed=42):
        self.k = kernel_size
        self.rng = np.random.default_rng(seed)
        self.filters = self.rng.standard_normal((out_channels, in_channels, kernel_size, kernel_size))  # expect: INI004

    def feedforward(self, x):
        self.x = x
        h = x.shape[1] - self.k + 1
        w = x.shape[2] - self.k + 1
        out = np.zeros((self.filters.shape[0], h, w))
        for i in range(h):
            for j in range(w):
                out[:, i, j] = np.sum(x[:, i:i + self.k, j:j + self.k] * self.filters, axis=(1, 2, 3))
        return out

    def backprop(self, delta, lr):
        d_filters = np.zeros_like(self.filters)
        for i in range(delta.shape[1]):
            for j in range(delta.shape[2]):
                d_filters += delta[:, i, j][:, None, None, None] * self.x[None, :, i:i + self.k, j:j + self.k]
        self.filters -= lr * d_filters
