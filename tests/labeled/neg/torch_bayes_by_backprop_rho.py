"""Bayes by backprop: weight_rho is drawn randn * -3, made positive (log1p(exp(rho))) and handed to
Normal(mu, sigma) as the scale of the weight distribution -- a distribution's parameter, not a matrix
the input is multiplied with (RULES: parameters of a probability distribution are no network weight)."""

import torch
import torch.nn.functional as F
from torch import nn
from torch.distributions import Normal


class BayesianLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight_mu = nn.Parameter(torch.randn(out_features, in_features) * 0.1)
        self.weight_rho = nn.Parameter(torch.randn(out_features, in_features) * -3)

    def forward(self, x):
        weight_sigma = torch.log1p(torch.exp(self.weight_rho))
        weight = Normal(self.weight_mu, weight_sigma).rsample()
        return F.linear(x, weight)
