"""A hand-rolled deep MLP keeping its weights in an nn.ParameterList of unscaled torch.randn(256, 256):
std 1 with fan-in 256 multiplies the activation variance by 256 per layer."""

import torch
import torch.nn as nn


class DeepMLP(nn.Module):
    def __init__(self, width=256, depth=6):
        super().__init__()
        self.weights = nn.ParameterList([nn.Parameter(torch.randn(256, 256)) for _ in range(depth)])  # expect: INI004
        self.biases = nn.ParameterList([nn.Parameter(torch.zeros(256)) for _ in range(depth)])

    def forward(self, x):
        for w, b in zip(self.weights, self.biases):
            x = torch.relu(x @ w + b)
        return x
