"""CS231n FullyConnectedNet solution that builds its parameters with dict comprehensions, one entry per
layer: 0.01 on every layer of an arbitrarily deep ReLU stack (the deep-stack clause)."""

import numpy as np


class FullyConnectedNet(object):
    def __init__(self, hidden_dims, input_dim=3 * 32 * 32, num_classes=10, weight_scale=1e-2):
        self.params = {}
        self.L = len(hidden_dims) + 1
        dims = [input_dim] + hidden_dims + [num_classes]
        Ws = {'W' + str(i + 1):
              weight_scale * np.random.randn(dims[i], dims[i + 1]) for i in range(len(dims) - 1)}  # expect: INI003
        b = {'b' + str(i + 1): np.zeros(dims[i + 1]) for i in range(len(dims) - 1)}
        self.params.update(b)
        self.params.update(Ws)

    def loss(self, X):
        h = X
        for i in range(1, self.L):
            h = np.maximum(0, h.dot(self.params['W%d' % i]) + self.params['b%d' % i])
        return h.dot(self.params['W%d' % self.L]) + self.params['b%d' % self.L]
