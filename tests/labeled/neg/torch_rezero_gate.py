"""ReZero (Bachlechner et al.): each residual branch is scaled by a scalar gate
nn.Parameter(torch.zeros(1)); the branch weights keep their default init."""

import torch
import torch.nn as nn


class ReZeroLayer(nn.Module):
    def __init__(self, d_model=512, nhead=8, dim_feedforward=2048):
        super().__init__()
        self.self_attn = nn.MultiheadAttention(d_model, nhead)
        self.linear1 = nn.Linear(d_model, dim_feedforward)
        self.linear2 = nn.Linear(dim_feedforward, d_model)
        self.resweight = nn.Parameter(torch.zeros(1))

    def forward(self, src):
        src2 = self.self_attn(src, src, src)[0]
        src = src + self.resweight * src2
        src2 = self.linear2(torch.relu(self.linear1(src)))
        return src + self.resweight * src2
