"""A CS231n-style network whose options come in a config dict: `cnn_config.pop('weight_scale', 2.5e-3)` falls
back on 2.5e-3 when the caller gives none, and the keys are named through a tuple assignment. Every hidden
weight is drawn at a quarter of 0.01."""

import numpy as np


class ConvNet(object):
    def __init__(self, cnn_config=None):
        cnn_config = dict(cnn_config or {})
        self.num_filters = cnn_config.pop("num_filters", 32)
        self.weight_scale = cnn_config.pop("weight_scale", 2.5e-3)
        self.params = {}
        for index in range(3):
            filter_i, bias_i = "W" + str(index + 1), "b" + str(index + 1)
            self.params[filter_i] = self.weight_scale * np.random.randn(self.num_filters, 3, 7, 7)  # expect: INI003
            self.params[bias_i] = np.zeros(self.num_filters)

    def loss(self, X):
        out = X
        for index in range(3):
            out = np.maximum(0, conv_forward(out, self.params["W" + str(index + 1)], self.params["b" + str(index + 1)]))
        return out


def conv_forward(x, w, b):
    return x * w.sum() + b.sum()
