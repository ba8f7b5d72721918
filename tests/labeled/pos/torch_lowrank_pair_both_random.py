"""A low-rank factorised layer W = U @ V where neither factor is zero: both are unit
normals, so the product has std sqrt(rank) per entry on a fan-in of 512."""

import torch
import torch.nn as nn


class LowRankLinear(nn.Module):
    def __init__(self, in_features=512, out_features=512, rank=64):
        super().__init__()
        self.down = nn.Parameter(torch.randn(in_features, rank))  # expect: INI004
        self.up = nn.Parameter(torch.randn(rank, out_features))  # expect: INI004

    def forward(self, x):
        return torch.relu(x @ self.down @ self.up)
