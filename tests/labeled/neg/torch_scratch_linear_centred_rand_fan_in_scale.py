"""A course's from-scratch nn.Linear: weights drawn uniformly in (-sf, sf) with sf = 1/sqrt(in_features), written
as sf * (2 * rand - 1): PyTorch's own default range, centred and scaled by the fan-in (not U(-1, 1))."""
import numpy as np
import torch as t
import torch.nn as nn


class Linear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        sf = 1 / np.sqrt(in_features)
        weight = sf * (2 * t.rand(out_features, in_features) - 1)
        self.weight = nn.Parameter(weight)

    def forward(self, x):
        return x @ self.weight.T


class Conv2d(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size=3):
        super().__init__()
        sf = 1 / np.sqrt(in_channels * kernel_size * kernel_size)
        weight = sf * (2 * t.rand(out_channels, in_channels, kernel_size, kernel_size) - 1)
        self.weight = nn.Parameter(weight)

    def forward(self, x):
        return t.nn.functional.conv2d(x, self.weight, padding=1)


net = nn.Sequential(Conv2d(1, 32), nn.ReLU(), nn.Flatten(), Linear(32 * 28 * 28, 128), nn.ReLU(), Linear(128, 10))
optimizer = t.optim.SGD(net.parameters(), lr=0.01)
