"""cleanrl's PPO layer_init: orthogonal with gain sqrt(2) on the hidden layers, 0.01 on the policy head and 1 on
the value head. An orthogonal gain is a tuning choice (RULES "Orthogonal"), and a small one on an output head is
deliberate."""

import numpy as np
import torch
import torch.nn as nn


def layer_init(layer, std=np.sqrt(2), bias_const=0.0):
    torch.nn.init.orthogonal_(layer.weight, std)
    torch.nn.init.constant_(layer.bias, bias_const)
    return layer


class Agent(nn.Module):
    def __init__(self, obs_dim, n_actions):
        super().__init__()
        self.critic = nn.Sequential(
            layer_init(nn.Linear(obs_dim, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, 1), std=1.0),
        )
        self.actor = nn.Sequential(
            layer_init(nn.Linear(obs_dim, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, 64)),
            nn.Tanh(),
            layer_init(nn.Linear(64, n_actions), std=0.01),
        )
        self.hidden = nn.Linear(64, 64)
        nn.init.xavier_uniform_(self.hidden.weight, gain=0.5)

    def get_value(self, x):
        return self.critic(x)

    def get_action(self, x):
        return self.actor(torch.tanh(self.hidden(x)))
