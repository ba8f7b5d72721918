"""A robust graph convolution holding two weight matrices named for the Gaussian they parametrise
(`weight_mean`, `weight_var`): rank-2 Parameters the forward pass multiplies the features with, each output
through ReLU. Their names recall a norm layer's statistics; their use makes them weights, and Xavier halves the
signal at each ReLU."""

import torch as th
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init


class RobustConv(nn.Module):
    def __init__(self, in_feats, out_feats):
        super().__init__()
        self.weight_mean = nn.Parameter(th.Tensor(in_feats, out_feats))
        self.bias_mean = nn.Parameter(th.Tensor(out_feats))
        self.reset_parameters()

    def reset_parameters(self):
        init.xavier_uniform_(self.weight_mean)  # expect: INI101
        init.zeros_(self.bias_mean)

    def forward(self, feat):
        mean = th.matmul(feat, self.weight_mean) + self.bias_mean
        mean = F.relu(mean)
        return mean
