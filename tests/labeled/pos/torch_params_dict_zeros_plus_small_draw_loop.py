"""EECS 498 DeepConvNet assignment: each conv weight is made as zeros and then incremented by
weight_scale * randn (default 1e-3) for every layer of the loop, each followed by ReLU: a std of 0.001."""
import torch


class DeepConvNet(object):
    def __init__(self, num_filters=(8, 8, 8), filter_size=3, weight_scale=1e-3, dtype=torch.float):
        self.params = {}
        pred_filters = 3
        for i, num_filter in enumerate(num_filters):
            self.params['W{}'.format(i)] = torch.zeros(num_filter, pred_filters, filter_size, filter_size, dtype=dtype)
            self.params['W{}'.format(i)] += weight_scale * torch.randn(num_filter, pred_filters, filter_size, filter_size, dtype=dtype)  # expect: INI003
            self.params['b{}'.format(i)] = torch.zeros(num_filter, dtype=dtype)
            pred_filters = num_filter

    def loss(self, X, y=None):
        out = X
        for i in range(3):
            out = torch.relu(torch.nn.functional.conv2d(out, self.params['W{}'.format(i)], self.params['b{}'.format(i)]))
        return out.sum()
