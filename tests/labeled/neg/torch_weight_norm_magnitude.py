"""Weight normalisation from scratch (Salimans & Kingma): w = g * v / ||v||. The
magnitude weight_g starts at one per output unit; it is a scale, not a weight matrix."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class WNLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight_v = nn.Parameter(torch.randn(out_features, in_features) * 0.05)
        self.weight_g = nn.Parameter(torch.ones(out_features, 1))
        self.bias = nn.Parameter(torch.zeros(out_features))

    def forward(self, x):
        norm = self.weight_v.norm(dim=1, keepdim=True)
        weight = self.weight_g * self.weight_v / norm
        return F.linear(x, weight, self.bias)
