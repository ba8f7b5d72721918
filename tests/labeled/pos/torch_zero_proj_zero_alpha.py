"""Residual block with a ReZero gate *and* a zeroed output projection: the exemptions do not
combine -- d(loss)/d(alpha) needs proj(h) != 0 and d(loss)/d(proj) needs alpha != 0, so the
branch never trains."""

import torch
import torch.nn as nn


class ReZeroMLP(nn.Module):
    def __init__(self, d_model=512, d_ff=2048):
        super().__init__()
        self.fc = nn.Linear(d_model, d_ff)
        self.proj = nn.Linear(d_ff, d_model)
        self.act = nn.GELU()
        self.alpha = nn.Parameter(torch.zeros(1))
        nn.init.zeros_(self.proj.weight)  # expect: INI001
        nn.init.zeros_(self.proj.bias)

    def forward(self, x):
        h = self.act(self.fc(x))
        return x + self.alpha * self.proj(h)
