"""A policy-gradient repository's NoisyNet layer in old PyTorch style: sigma_weight (the noise scale) is filled
with the paper's 0.017 and multiplied by the epsilon buffer with .mul(autograd.Variable(...)); the epsilon
buffers are resampled with normal_() before every forward pass. Neither is a weight matrix of the layer."""
import math

import torch
import torch.autograd as autograd
import torch.nn as nn
import torch.nn.functional as F


class NoisyLinear(nn.Module):
    def __init__(self, num_in, num_out):
        super().__init__()
        self.num_in, self.num_out = num_in, num_out
        self.mu_weight = nn.Parameter(torch.FloatTensor(num_out, num_in))
        self.mu_bias = nn.Parameter(torch.FloatTensor(num_out))
        self.sigma_weight = nn.Parameter(torch.FloatTensor(num_out, num_in))
        self.sigma_bias = nn.Parameter(torch.FloatTensor(num_out))
        self.register_buffer("epsilon_weight", torch.FloatTensor(num_out, num_in))
        self.register_buffer("epsilon_bias", torch.FloatTensor(num_out))
        self.reset_parameters()
        self.reset_noise()

    def forward(self, x):
        self.reset_noise()
        weight = self.mu_weight + self.sigma_weight.mul(autograd.Variable(self.epsilon_weight))
        bias = self.mu_bias + self.sigma_bias.mul(autograd.Variable(self.epsilon_bias))
        return F.linear(x, weight, bias)

    def reset_parameters(self):
        std = math.sqrt(3 / self.num_in)
        self.mu_weight.data.uniform_(-std, std)
        self.mu_bias.data.uniform_(-std, std)
        self.sigma_weight.data.fill_(0.017)
        self.sigma_bias.data.fill_(0.017)

    def reset_noise(self):
        self.epsilon_weight.data.normal_()
        self.epsilon_bias.data.normal_()
