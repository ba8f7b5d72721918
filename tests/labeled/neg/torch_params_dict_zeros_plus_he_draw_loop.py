"""The same DeepConvNet with the zeros then incremented by a He-scaled draw for every ReLU conv: fine."""
import math

import torch


class DeepConvNet(object):
    def __init__(self, num_filters=(8, 8, 8), filter_size=3, dtype=torch.float):
        self.params = {}
        pred_filters = 3
        for i, num_filter in enumerate(num_filters):
            fan_in = pred_filters * filter_size * filter_size
            self.params['W{}'.format(i)] = torch.zeros(num_filter, pred_filters, filter_size, filter_size, dtype=dtype)
            self.params['W{}'.format(i)] += math.sqrt(2.0 / fan_in) * torch.randn(num_filter, pred_filters, filter_size, filter_size, dtype=dtype)
            self.params['b{}'.format(i)] = torch.zeros(num_filter, dtype=dtype)
            pred_filters = num_filter

    def loss(self, X, y=None):
        out = X
        for i in range(3):
            out = torch.relu(torch.nn.functional.conv2d(out, self.params['W{}'.format(i)], self.params['b{}'.format(i)]))
        return out.sum()
