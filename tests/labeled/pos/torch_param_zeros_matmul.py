"""Raw-parameter MLP (nn.Parameter + @, as in "neural networks from scratch in PyTorch"
tutorials) with the hidden weight created by torch.zeros."""

import math

import torch
import torch.nn as nn


class ScratchMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.W1 = nn.Parameter(torch.zeros(784, 256))  # expect: INI001
        self.b1 = nn.Parameter(torch.zeros(256))
        self.W2 = nn.Parameter(torch.randn(256, 10) / math.sqrt(256))
        self.b2 = nn.Parameter(torch.zeros(10))

    def forward(self, x):
        h = torch.relu(x @ self.W1 + self.b1)
        return h @ self.W2 + self.b2
