"""A NoisyNet layer (Fortunato et al.): the weight noise's standard deviation `sigma_weight` starts at the
constant sigma_init = 0.017 and only ever scales the epsilon noise buffer; it is the parameter of a noise
distribution, not a weight matrix (the mean weight keeps a fan-in uniform init)."""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class NoisyLinear(nn.Linear):
    def __init__(self, in_features, out_features, sigma_init=0.017, bias=True):
        super().__init__(in_features, out_features, bias=bias)
        self.sigma_weight = nn.Parameter(torch.full((out_features, in_features), sigma_init))
        self.register_buffer("epsilon_weight", torch.zeros(out_features, in_features))
        self.reset_parameters()

    def reset_parameters(self):
        std = math.sqrt(3 / self.in_features)
        self.weight.data.uniform_(-std, std)
        self.bias.data.uniform_(-std, std)

    def forward(self, x):
        self.epsilon_weight.normal_()
        return F.linear(x, self.weight + self.sigma_weight * self.epsilon_weight.data, self.bias)
