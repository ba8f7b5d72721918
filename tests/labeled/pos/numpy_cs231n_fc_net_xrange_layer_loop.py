"""CS231n assignment 2 FullyConnectedNet written for Python 2 (xrange): weight_scale=1e-2 times a unit draw
for every layer of an arbitrarily deep affine-ReLU stack. 0.01 on every layer of a deep stack vanishes."""

import numpy as np


class FullyConnectedNet(object):
    def __init__(self, hidden_dims, input_dim=3 * 32 * 32, num_classes=10, reg=0.0, weight_scale=1e-2):
        self.reg = reg
        self.num_layers = 1 + len(hidden_dims)
        self.params = {}
        layers_dims = [input_dim] + hidden_dims + [num_classes]
        for i in xrange(self.num_layers):
            self.params['W' + str(i + 1)] = weight_scale * np.random.randn(layers_dims[i], layers_dims[i + 1])  # expect: INI003
            self.params['b' + str(i + 1)] = np.zeros((1, layers_dims[i + 1]))

    def loss(self, X, y=None):
        h = X
        for i in xrange(1, self.num_layers):
            h = np.maximum(0, h.dot(self.params['W%d' % i]) + self.params['b%d' % i])
        return h.dot(self.params['W%d' % self.num_layers]) + self.params['b%d' % self.num_layers]
