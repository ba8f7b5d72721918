"""`torch.max(h, 1)` is a reduction over a dimension (max pooling over time), not a ReLU: the projection before
it feeds no activation, so its Xavier init is not paired with anything."""

import torch
import torch.nn as nn


class MaxPoolEncoder(nn.Module):
    def __init__(self, d_in=300, d_model=512):
        super().__init__()
        self.proj = nn.Linear(d_in, d_model)
        nn.init.xavier_uniform_(self.proj.weight)
        self.out = nn.Linear(d_model, 2)

    def forward(self, x):
        h = self.proj(x)
        pooled, _ = torch.max(h, 1)
        return self.out(pooled)
