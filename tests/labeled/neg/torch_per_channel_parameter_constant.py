"""A recurrent conv cell keeps per-channel mixing coefficients as parameters of shape (C, 1, 1), made empty and
then filled with constants (`init.constant_(self.w, 0.5)`): broadcast scales of a feature map, one per channel,
not weight matrices (RULES: scalar or rank-1 gates are not weights). Nothing to report."""

import torch
import torch.nn as nn
from torch.nn import init


class RecurrentCell(nn.Module):
    def __init__(self, hidden_size, kernel_size=5):
        super().__init__()
        self.u_gate = nn.Conv2d(hidden_size, hidden_size, 1)
        self.w_exc = nn.Parameter(torch.empty(hidden_size, hidden_size, kernel_size, kernel_size))
        self.alpha = nn.Parameter(torch.empty((hidden_size, 1, 1)))
        self.w = nn.Parameter(torch.empty((hidden_size, 1, 1)))
        init.orthogonal_(self.w_exc)
        init.constant_(self.alpha, 0.1)
        init.constant_(self.w, 0.5)

    def forward(self, x, h):
        g = torch.sigmoid(self.u_gate(h))
        c = nn.functional.conv2d(h * g, self.w_exc, padding=self.w_exc.shape[-1] // 2)
        return torch.relu(x - self.alpha * c) * self.w + h
