"""A from-scratch layer class whose constructor draws a placeholder (`randn * 0.001`, std 1) and then calls
re-initialisations it inherits from a base class of its package (`self.kaiming_uniform_init_weights()`):
what the constructor leaves is He uniform, written by the base."""

import numpy as np

from mynet.layers import Base


class Conv2D(Base):
    def __init__(self, in_channels, out_channels, kernel_size=3):
        self.W = np.random.randn(kernel_size, kernel_size, in_channels, out_channels) * 0.001
        self.b = np.zeros((out_channels,))
        self.dW = np.zeros_like(self.W)
        self.kaiming_uniform_init_weights()
        self.kaiming_uniform_init_biases()


class Linear(Base):
    def __init__(self, in_features, out_features):
        self.W = np.random.randn(in_features, out_features)
        self.b = np.zeros((out_features,))
        self.kaiming_uniform_init_weights()

    def forward(self, x):
        return np.maximum(x @ self.W + self.b, 0)
