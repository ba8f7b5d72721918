"""A from-scratch Dense layer draws its weights in a private method that first sets `self.standard_deviation
= 1`: std 1 on every layer, whatever its width."""

import numpy as np


class Dense(object):
    def __init__(self, dim, activation=None):
        self.weight = self.__normal_weights((dim[0] + 1, dim[1]))
        self.activation = activation

    def __normal_weights(self, dim):
        self.mean = 0
        self.standard_deviation = 1
        return np.random.normal(self.mean, self.standard_deviation, dim)  # expect: INI004

    def forward(self, x):
        return self.activation(x.dot(self.weight))

    def update(self, grad, lr):
        self.weight -= lr * grad
