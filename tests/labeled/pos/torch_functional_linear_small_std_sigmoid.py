"""From-scratch two-layer net with weights as Parameters drawn at std 0.001 and applied with F.linear: the hidden
layer's product goes through a sigmoid into the output layer."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, n_in=784, n_hidden=500):
        super().__init__()
        self.W1 = nn.Parameter(torch.randn(n_hidden, n_in) * 1e-3)  # expect: INI003
        self.W2 = nn.Parameter(torch.randn(10, n_hidden) * 0.05)

    def forward(self, x):
        h = torch.sigmoid(F.linear(x, self.W1))
        return F.linear(h, self.W2)
