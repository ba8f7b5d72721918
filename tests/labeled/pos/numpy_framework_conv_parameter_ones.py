"""A from-scratch NumPy framework's convolution: its weight is a Parameter made from `np.ones` through
`Tensor.from_array`, and nothing re-initialises it. Every filter starts identical: the gradients of
all output channels are the same, so they never become different features."""

import numpy as np

from mynn.core import Module, Parameter, Tensor
from mynn import functional as f


class Conv(Module):
    def __init__(self, in_features, out_features, kernel_size, stride=1, padding=0):
        super().__init__()
        self._stride = stride
        self._padding = padding
        self.weight = Parameter(Tensor.from_array(np.ones((out_features, in_features, *kernel_size))))  # expect: INI002
        self.bias = Parameter(Tensor.from_array(np.zeros((out_features,))))

    def forward(self, inp):
        return f.conv(inp=inp, weight=self.weight, bias=self.bias, stride=self._stride, padding=self._padding)
