"""EDM2 / karras-unet style magnitude-preserving layers: weights start as torch.randn but
forward normalises them through a helper (normalize_weight(w) / sqrt(fan_in)), so the
initial scale never reaches the signal (RULES: rescaled at run time)."""

from math import sqrt

import torch
import torch.nn.functional as F
from torch import nn


def normalize_weight(weight, eps=1e-4):
    norm = torch.linalg.vector_norm(weight.flatten(1), dim=1, keepdim=True).clamp(min=eps)
    return weight / norm.view(-1, *([1] * (weight.ndim - 1))) * sqrt(weight[0].numel())


class Linear(nn.Module):
    def __init__(self, dim_in, dim_out):
        super().__init__()
        weight = torch.randn(dim_out, dim_in)
        self.weight = nn.Parameter(weight)
        self.fan_in = dim_in

    def forward(self, x):
        weight = normalize_weight(self.weight) / sqrt(self.fan_in)
        return F.linear(x, weight)
