"""Hand-written layer with nn.Parameter(torch.randn(in, out)) and no scaling,
used with @ and a ReLU (std 1 with 784 inputs)."""

import torch
import torch.nn as nn


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_features, out_features))  # expect: INI004
        self.bias = nn.Parameter(torch.zeros(out_features))

    def forward(self, x):
        return x @ self.weight + self.bias


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = MyLinear(784, 256)
        self.l2 = nn.Linear(256, 10)

    def forward(self, x):
        return self.l2(torch.relu(self.l1(x)))
