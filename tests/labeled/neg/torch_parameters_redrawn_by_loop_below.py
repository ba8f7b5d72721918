"""Memory MLPs (Titans): parameters drawn N(0, 1) as placeholders, then re-drawn with Xavier by a loop over them
further down the same constructor -- over `self.parameters()` or over the ParameterList itself."""

import torch
from torch import nn
from torch.nn import Module, Parameter, ParameterList
import torch.nn.functional as F


class MemoryMLP(Module):
    def __init__(self, dim, depth, expansion_factor=2.):
        super().__init__()
        dim_hidden = int(dim * expansion_factor)
        dims = (dim, *((dim_hidden,) * (depth - 1)), dim)
        self.weights = ParameterList([Parameter(torch.randn(dim_in, dim_out))
                                      for dim_in, dim_out in zip(dims[:-1], dims[1:])])
        for weight in self.weights:
            nn.init.xavier_uniform_(weight)

    def forward(self, x):
        for ind, weight in enumerate(self.weights):
            if ind != 0:
                x = F.gelu(x)
            x = x @ weight
        return x


class GatedResidualMemoryMLP(Module):
    def __init__(self, dim):
        super().__init__()
        self.w1 = Parameter(torch.randn(dim, dim))
        self.final_proj = Parameter(torch.randn(dim, dim))
        for param in self.parameters():
            nn.init.xavier_uniform_(param)

    def forward(self, x):
        return F.gelu(x @ self.w1) @ self.final_proj
