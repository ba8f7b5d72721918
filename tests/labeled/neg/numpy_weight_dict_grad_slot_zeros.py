"""A from-scratch CNN in NumPy: each layer keeps its weight and the weight's gradient in one dict
(`{'val': ..., 'grad': zeros}`); the zero entry is the gradient slot, not a weight."""

import numpy as np


class Fc:
    def __init__(self, row, column):
        self.row = row
        self.col = column
        self.W = {'val': np.random.randn(self.row, self.col) * np.sqrt(1. / self.col),
                  'grad': np.zeros((self.row, self.col))}
        self.b = {'val': np.zeros((1, self.row)), 'grad': np.zeros((1, self.row))}
        self.cache = None

    def forward(self, fc):
        self.cache = fc
        return np.dot(fc, self.W['val'].T) + self.b['val']

    def backward(self, deltaL):
        fc = self.cache
        m = fc.shape[0]
        self.W['grad'] = (1 / m) * np.dot(deltaL.T, fc)
        self.b['grad'] = (1 / m) * np.sum(deltaL, axis=0)
        return np.dot(deltaL, self.W['val'])


class SGD:
    def __init__(self, lr, params):
        self.lr = lr
        self.params = params

    def update_params(self, grads):
        for key in self.params:
            self.params[key] = self.params[key] - self.lr * grads['d' + key]
        return self.params
