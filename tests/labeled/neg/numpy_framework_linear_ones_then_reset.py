"""The same framework's Linear and BatchNorm: the Linear weight is made of ones but `reset_parameters`
draws it again (Kaiming uniform) in the constructor, and the norm's weight of ones is its scale."""

import math

import numpy as np

from mynn.core import Module, Parameter, Tensor
from mynn import functional as f
from mynn import init


class Linear(Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = Parameter(Tensor.from_array(np.ones((out_features, in_features))))
        self.bias = Parameter(Tensor.from_array(np.zeros((out_features,))))
        self.reset_parameters()

    def reset_parameters(self):
        init.kaiming_uniform(self.weight, a=math.sqrt(5))

    def forward(self, inp):
        return f.linear(inp, self.weight, self.bias)


class BatchNorm(Module):
    def __init__(self, features, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.weight = Parameter(Tensor.from_array(np.ones((features,))))
        self.bias = Parameter(Tensor.from_array(np.zeros((features,))))

    def forward(self, inp):
        return f.batch_norm(inp, self.weight, self.bias, self.eps)
