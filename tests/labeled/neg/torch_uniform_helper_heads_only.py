"""A policy-gradient agent's helper `initialize_uniformly(layer, init_w=3e-3)` applied to the output heads only
(mean, log-std, value): a targeted small head init (RULES: heads), silent."""

import torch
import torch.nn as nn
import torch.nn.functional as F


def initialize_uniformly(layer: nn.Linear, init_w: float = 3e-3):
    layer.weight.data.uniform_(-init_w, init_w)
    layer.bias.data.uniform_(-init_w, init_w)


class Actor(nn.Module):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.hidden1 = nn.Linear(in_dim, 128)
        self.mu_layer = nn.Linear(128, out_dim)
        self.log_std_layer = nn.Linear(128, out_dim)
        initialize_uniformly(self.mu_layer)
        initialize_uniformly(self.log_std_layer)

    def forward(self, state):
        x = F.relu(self.hidden1(state))
        mu = torch.tanh(self.mu_layer(x)) * 2
        log_std = F.softplus(self.log_std_layer(x))
        return mu, log_std


class Critic(nn.Module):
    def __init__(self, in_dim):
        super().__init__()
        self.hidden1 = nn.Linear(in_dim, 128)
        self.out = nn.Linear(128, 1)
        initialize_uniformly(self.out)

    def forward(self, state):
        return self.out(F.relu(self.hidden1(state)))
