"""A low-rank adapter added to a frozen projection (LoRA-like, compacter style): the
down factor is random and the up factor zero, so the pair starts as a zero update."""

import torch
import torch.nn as nn


class LowRankAdapter(nn.Module):
    def __init__(self, base: nn.Linear, rank=8):
        super().__init__()
        self.base = base
        self.down = nn.Parameter(torch.randn(base.in_features, rank))
        self.up = nn.Parameter(torch.zeros(rank, base.out_features))

    def forward(self, x):
        return self.base(x) + x @ self.down @ self.up
