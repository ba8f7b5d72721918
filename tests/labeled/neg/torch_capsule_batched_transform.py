"""A capsule layer's transform W (1, routes, capsules, out, in) multiplied with torch.matmul: a batch of
16 x 8 matrices, each summing over 8 inputs -- std 1 at fan-in 8 is fine (RULES: std 1 with fan-in < 16
is silent), not a kernel with fan-in routes x capsules x out x in."""

import torch
from torch import nn


class DigitCapsule(nn.Module):
    def __init__(self, num_capsules, num_routes, in_channels, out_channels):
        super().__init__()
        self.W = nn.Parameter(torch.randn(1, num_routes, num_capsules, out_channels, in_channels))

    def forward(self, x):
        W = self.W.repeat(x.size(0), 1, 1, 1, 1)
        return torch.matmul(W, x[:, None, :, :, None]).squeeze(-1)


digit_caps = DigitCapsule(num_capsules=10, num_routes=1152, in_channels=8, out_channels=16)
