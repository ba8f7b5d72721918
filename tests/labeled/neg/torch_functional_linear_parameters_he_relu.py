"""The same F.linear network with He on the hidden weight (ReLU after it) and Xavier on the output layer."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class FunctionalMLP(nn.Module):
    def __init__(self, n_in=784, n_hidden=256, n_out=10):
        super().__init__()
        self.w1 = nn.Parameter(torch.empty(n_hidden, n_in))
        self.b1 = nn.Parameter(torch.zeros(n_hidden))
        self.w2 = nn.Parameter(torch.empty(n_out, n_hidden))
        self.b2 = nn.Parameter(torch.zeros(n_out))
        nn.init.kaiming_uniform_(self.w1, nonlinearity="relu")
        nn.init.xavier_uniform_(self.w2)

    def forward(self, x, params=None):
        w1, b1, w2, b2 = params if params is not None else (self.w1, self.b1, self.w2, self.b2)
        h = F.relu(F.linear(x, self.w1, self.b1))
        return F.linear(h, self.w2, self.b2)
