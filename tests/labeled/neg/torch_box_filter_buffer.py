"""Guided-filter / SSIM style box filter: torch.ones kernel registered as a buffer and applied
with F.conv2d (fixed kernel, not trained)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class BoxFilter(nn.Module):
    def __init__(self, channels=3, radius=2):
        super().__init__()
        k = 2 * radius + 1
        self.channels = channels
        self.register_buffer("kernel", torch.ones(channels, 1, k, k) / (k * k))
        self.padding = radius

    def forward(self, x):
        return F.conv2d(x, self.kernel, padding=self.padding, groups=self.channels)
