"""A hand-written Linear whose weight matrix (not a weight-norm magnitude) starts as
all ones: every output unit is identical and stays so."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(out_features, in_features))  # expect: INI002
        self.bias = nn.Parameter(torch.zeros(out_features))

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


net = nn.Sequential(MyLinear(128, 64), nn.ReLU(), MyLinear(64, 10))
