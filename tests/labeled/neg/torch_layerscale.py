"""CaiT / ConvNeXt LayerScale: a per-channel gain gamma = init_values * torch.ones(dim)
(1e-6) on each residual branch."""

import torch
import torch.nn as nn


class LayerScale(nn.Module):
    def __init__(self, dim, init_values=1e-6):
        super().__init__()
        self.gamma = nn.Parameter(init_values * torch.ones(dim))

    def forward(self, x):
        return x * self.gamma


class Block(nn.Module):
    def __init__(self, dim=384):
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))
        self.ls = LayerScale(dim)
        self.gamma_2 = nn.Parameter(1e-6 * torch.ones(dim))

    def forward(self, x):
        return x + self.ls(self.mlp(self.norm(x)))
