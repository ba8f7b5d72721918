"""Mean and std passed positionally as two different names (`normal_(mu, sigma)` of a prior, and the common
`uniform_(-stdv, stdv)` range): only a mean that is minus the std reads as a range written as (mean, std)."""

import math

import torch
import torch.nn as nn


class PriorLinear(nn.Module):
    def __init__(self, n_in, n_out, prior_mu=0.0, prior_sigma=0.1):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))
        self.bias = nn.Parameter(torch.empty(n_out))
        self.prior_mu, self.prior_sigma = prior_mu, prior_sigma
        self.reset_parameters()

    def reset_parameters(self):
        stdv = 1. / math.sqrt(self.weight.size(1))
        self.weight.data.uniform_(-stdv, stdv)
        self.bias.data.normal_(self.prior_mu, self.prior_sigma)

    def forward(self, x):
        return torch.tanh(nn.functional.linear(x, self.weight, self.bias))
