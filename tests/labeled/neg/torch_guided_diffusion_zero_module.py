"""guided-diffusion / ControlNet zero_module(): the output conv of a residual block is zeroed
in place via p.detach().zero_(); its output is added to the skip path."""

import torch.nn as nn


def conv_nd(dims, *args, **kwargs):
    return {1: nn.Conv1d, 2: nn.Conv2d, 3: nn.Conv3d}[dims](*args, **kwargs)


def zero_module(module):
    for p in module.parameters():
        p.detach().zero_()
    return module


class ResBlock(nn.Module):
    def __init__(self, channels, dims=2):
        super().__init__()
        self.in_layers = nn.Sequential(nn.GroupNorm(32, channels), nn.SiLU(), conv_nd(dims, channels, channels, 3, padding=1))
        self.out_layers = nn.Sequential(
            nn.GroupNorm(32, channels),
            nn.SiLU(),
            zero_module(conv_nd(dims, channels, channels, 3, padding=1)),
        )

    def forward(self, x):
        return x + self.out_layers(self.in_layers(x))
