"""A gated branch (AlphaFold-style): `sigmoid(self.gate(x)) * self.value(x)`, the gate's weight drawn small so every
gate starts near 0.5. The gate is a layer of its own, not summed with another layer before its activation: its
small init is the gating convention, not a vanishing signal."""

import torch
import torch.nn as nn


class GatedBranch(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gate = nn.Linear(dim, dim)
        self.value = nn.Linear(dim, dim)
        nn.init.normal_(self.gate.weight, std=1e-3)
        nn.init.ones_(self.gate.bias)

    def forward(self, x):
        return x + torch.sigmoid(self.gate(x)) * self.value(x)
