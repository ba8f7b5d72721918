"""StyleGAN2's learned constant input: a Parameter named `weight` drawn N(0, 1), which forward only
repeats over the batch. Nothing multiplies it with an input, so no fan-in sums over it (a learned
input, like a positional embedding); and a per-channel gate used elementwise."""

import torch
from torch import nn


class ConstantInput(nn.Module):
    def __init__(self, num_channel, size):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(1, num_channel, size, size))

    def forward(self, batch):
        out = self.weight.repeat(batch, 1, 1, 1)
        return out


class ChannelGate(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(1, channels, 1, 1))

    def forward(self, x):
        return x * torch.sigmoid(self.weight)
