"""A hand-written noisy layer whose MEAN weight is a constant (`torch.full(..., 0.5)`): the noise scale may
start constant, the mean weight may not: every unit of the layer starts identical."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class NoisyLayer(nn.Module):
    def __init__(self, n_in, n_out, sigma_init=0.017):
        super().__init__()
        self.weight_mu = nn.Parameter(torch.full((n_out, n_in), 0.5))  # expect: INI002
        self.weight_sigma = nn.Parameter(torch.full((n_out, n_in), sigma_init))
        self.register_buffer("weight_epsilon", torch.zeros(n_out, n_in))

    def forward(self, x):
        self.weight_epsilon.normal_()
        return F.linear(x, self.weight_mu + self.weight_sigma * self.weight_epsilon)


class QNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = NoisyLayer(4, 128)
        self.l2 = NoisyLayer(128, 2)

    def forward(self, x):
        return self.l2(F.relu(self.l1(x)))
