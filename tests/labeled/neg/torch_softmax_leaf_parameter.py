"""A soft decision tree's leaf parameters: N(0, 1) logits that forward passes through softmax before
multiplying -- the softmax divides their scale out; what is multiplied is a class distribution per leaf."""

import torch
from torch import nn


class SDT(nn.Module):
    def __init__(self, leaf_num, output_dim):
        super().__init__()
        self.param = nn.Parameter(torch.randn(leaf_num, output_dim))
        self.softmax = nn.Softmax(dim=1)

    def forward(self, mu):
        distribution_per_leaf = self.softmax(self.param)
        return torch.mm(mu, distribution_per_leaf)
