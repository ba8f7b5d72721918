"""A book's custom-layer demo: MyLinear draws randn(in_units, units) (std 1) and is only ever built as
MyLinear(5, 3) to print its weight and one output. Fan-in 5 is below 16, where std 1 is not too large."""

import torch
import torch.nn.functional as F
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))

    def forward(self, X):
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return F.relu(linear)


linear = MyLinear(5, 3)
print(linear.weight)
print(linear(torch.rand(2, 5)))
