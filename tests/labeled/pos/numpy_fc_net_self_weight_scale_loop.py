"""CS231n-style FullyConnectedNet: the default `weight_scale=1e-3` is stored on self and
applied in the layer loop (`w_name = 'W%d' % i`): every hidden ReLU layer starts with std 1e-3."""

import numpy as np


class FullyConnectedNet(object):
    def __init__(self, hidden_dims, input_dim=3 * 32 * 32, num_classes=10, weight_scale=1e-3, reg=0.0):
        self.reg = reg
        self.num_layers = 1 + len(hidden_dims)
        self.weight_scale = weight_scale
        self.params = {}
        dims = [input_dim] + hidden_dims + [num_classes]
        for i in range(1, self.num_layers + 1):
            w_name = "W%d" % i
            b_name = "b%d" % i
            self.params[w_name] = self.weight_scale * np.random.randn(dims[i - 1], dims[i])  # expect: INI003
            self.params[b_name] = np.zeros(dims[i])

    def loss(self, X):
        out = X
        for i in range(1, self.num_layers + 1):
            out = out.dot(self.params["W%d" % i]) + self.params["b%d" % i]
            if i < self.num_layers:
                out = np.maximum(0, out)
        return out
