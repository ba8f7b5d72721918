"""Residual block with a zeroed output projection and a learnable scale initialised to one
(Fixup-style): only one of the two is zero, so the branch trains."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class ScaledResidual(nn.Module):
    def __init__(self, dim=256):
        super().__init__()
        self.fc1 = nn.Linear(dim, dim)
        self.fc2 = nn.Linear(dim, dim)
        self.scale = nn.Parameter(torch.ones(1))
        nn.init.zeros_(self.fc2.weight)
        nn.init.zeros_(self.fc2.bias)

    def forward(self, x):
        return x + self.scale * self.fc2(F.relu(self.fc1(x)))
