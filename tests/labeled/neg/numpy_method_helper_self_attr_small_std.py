"""The same Dense layer with `self.standard_deviation = 0.05`: a scale within the usual range for small
layers, nothing to report."""

import numpy as np


class Dense(object):
    def __init__(self, dim, activation=None):
        self.weight = self.__normal_weights((dim[0] + 1, dim[1]))
        self.activation = activation

    def __normal_weights(self, dim):
        self.mean = 0
        self.standard_deviation = 0.05
        return np.random.normal(self.mean, self.standard_deviation, dim)

    def forward(self, x):
        return self.activation(x.dot(self.weight))

    def update(self, grad, lr):
        self.weight -= lr * grad
