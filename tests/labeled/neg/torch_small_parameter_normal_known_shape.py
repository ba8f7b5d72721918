"""A tiny two-layer network written with raw parameters made empty and then drawn with `nn.init.normal_` (std 1):
the shapes they were made with give fan-in 4 and 8, where std 1 is no explosion (RULES: std 1 with fan-in < 16
is silent). Nothing to report."""

import torch
import torch.nn as nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.W1 = nn.Parameter(torch.empty(4, 8))
        self.W2 = nn.Parameter(torch.empty(8, 1))
        nn.init.normal_(self.W1)
        nn.init.normal_(self.W2)

    def forward(self, x):
        return torch.tanh(x @ self.W1) @ self.W2
