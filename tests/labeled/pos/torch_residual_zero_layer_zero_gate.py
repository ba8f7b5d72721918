"""Residual MLP block with BOTH a zeroed last layer and a zero scalar gate: exemptions do not
combine -- the branch never trains (RULES.md "Edge cases": INI001 on the layer)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class GatedResidualBlock(nn.Module):
    def __init__(self, dim=256):
        super().__init__()
        self.fc1 = nn.Linear(dim, 4 * dim)
        self.fc2 = nn.Linear(4 * dim, dim)
        self.gate = nn.Parameter(torch.zeros(1))
        nn.init.zeros_(self.fc2.weight)  # expect: INI001
        nn.init.zeros_(self.fc2.bias)

    def forward(self, x):
        return x + self.gate * self.fc2(F.relu(self.fc1(x)))
