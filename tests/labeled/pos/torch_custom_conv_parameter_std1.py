"""A custom conv module whose `weight` Parameter is drawn N(0, 1) and handed to F.conv2d: a real
kernel summed over a fan-in of 64 x 3 x 3 = 576, std 1 explodes (the elementwise-only exemption
does not apply to a weight handed to a product)."""

import torch
import torch.nn.functional as F
from torch import nn


class MyConv(nn.Module):
    def __init__(self, cin, cout, k):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(cout, cin, k, k))  # expect: INI004

    def forward(self, x):
        return F.conv2d(x, self.weight.contiguous(), padding=1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = MyConv(64, 64, 3)
        self.c2 = MyConv(64, 10, 3)

    def forward(self, x):
        return self.c2(F.relu(self.c1(x)))
