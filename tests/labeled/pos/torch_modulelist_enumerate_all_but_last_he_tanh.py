"""A PINN-style tanh MLP: every Linear of a ModuleList gets kaiming_normal_ (He, gain sqrt(2)) and all but
the last go through tanh in forward: He before tanh saturates it (Xavier is the scale for tanh)."""

import torch
import torch.nn as nn


class PINN(nn.Module):
    def __init__(self, widths=(2, 64, 64, 64, 1)):
        super().__init__()
        self.linears = nn.ModuleList([nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:])])
        for i, lin in enumerate(self.linears):
            nn.init.kaiming_normal_(lin.weight)  # expect: INI102
            nn.init.zeros_(lin.bias)

    def forward(self, x):
        for lin in self.linears[:-1]:
            x = torch.tanh(lin(x))
        return self.linears[-1](x)
