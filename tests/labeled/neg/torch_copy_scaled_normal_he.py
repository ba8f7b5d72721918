"""A hand-rolled He init: a unit normal of the weight's shape, scaled by sqrt(2 / fan_in), copied into each
Linear's weight before the ReLU it feeds."""

import math

import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        for layer in (self.fc1, self.fc2):
            fan_in = layer.weight.size(1)
            w = torch.randn(layer.weight.size()) * math.sqrt(2.0 / fan_in)
            with torch.no_grad():
                layer.weight.copy_(w)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
