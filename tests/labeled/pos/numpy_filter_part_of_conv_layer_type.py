"""A from-scratch convolution layer type builds one `Filter` per output channel; the filter's weights are that
layer's weights wherever the layer is used, and U(-1e-4, 1e-4) (std 6e-5) is far below any useful scale."""

import numpy as np


class Filter(object):
    def __init__(self, width, height, depth):
        self.weights = np.random.uniform(-1e-4, 1e-4, (depth, height, width))  # expect: INI003
        self.bias = 0
        self.weights_grad = np.zeros(self.weights.shape)
        self.bias_grad = 0

    def update(self, learning_rate):
        self.weights -= learning_rate * self.weights_grad
        self.bias -= learning_rate * self.bias_grad


class ConvLayer(object):
    def __init__(self, channels, filter_width, filter_height, filter_number, learning_rate):
        self.filters = []
        for i in range(filter_number):
            self.filters.append(Filter(filter_width, filter_height, channels))
        self.learning_rate = learning_rate

    def forward(self, x):
        return np.stack([np.sum(x * f.weights) + f.bias for f in self.filters])

    def backward(self, delta):
        for f in self.filters:
            f.weights_grad = delta.mean() * np.ones_like(f.weights)
        for f in self.filters:
            f.update(self.learning_rate)
