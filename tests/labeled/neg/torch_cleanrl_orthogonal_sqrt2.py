"""CleanRL ppo.py layer_init: orthogonal_(layer.weight, std) with std=np.sqrt(2) for hidden
layers, 0.01 for the actor head and 1 for the critic head (orthogonal is never paired)."""

import numpy as np
import torch
import torch.nn as nn


def layer_init(layer, std=np.sqrt(2), bias_const=0.0):
    torch.nn.init.orthogonal_(layer.weight, std)
    torch.nn.init.constant_(layer.bias, bias_const)
    return layer


class Agent(nn.Module):
    def __init__(self, obs_dim=4, n_actions=2):
        super().__init__()
        self.critic = nn.Sequential(
            layer_init(nn.Linear(obs_dim, 64)), nn.Tanh(),
            layer_init(nn.Linear(64, 64)), nn.Tanh(),
            layer_init(nn.Linear(64, 1), std=1.0),
        )
        self.actor = nn.Sequential(
            layer_init(nn.Linear(obs_dim, 64)), nn.ReLU(),
            layer_init(nn.Linear(64, 64)), nn.ReLU(),
            layer_init(nn.Linear(64, n_actions), std=0.01),
        )
