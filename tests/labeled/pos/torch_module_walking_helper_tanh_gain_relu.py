"""A module-level helper walks the modules of what it is given (`for m in module.modules()`) and each network
calls it on itself: the same as `self.apply(init_linear)`. It declares tanh's gain for every Linear, but the
critic's hidden layer feeds ReLU."""

import torch.nn as nn


def init_linear(module):
    for m in module.modules():
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight, nn.init.calculate_gain("tanh"))  # expect: INI103


class Critic(nn.Module):
    def __init__(self, s_dim, hidden=64):
        super().__init__()
        self.critic = nn.Sequential(nn.Linear(s_dim, hidden), nn.ReLU(), nn.Linear(hidden, 1))
        init_linear(self)

    def forward(self, s):
        return self.critic(s)
