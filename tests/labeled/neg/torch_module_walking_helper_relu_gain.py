"""The module-walking helper declares ReLU's gain, and the hidden layer feeds ReLU: Xavier with
`calculate_gain("relu")` is correct for ReLU (RULES)."""

import torch.nn as nn


def init_linear(module):
    for m in module.modules():
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight, nn.init.calculate_gain("relu"))


class Critic(nn.Module):
    def __init__(self, s_dim, hidden=64):
        super().__init__()
        self.critic = nn.Sequential(nn.Linear(s_dim, hidden), nn.ReLU(), nn.Linear(hidden, 1))
        init_linear(self)

    def forward(self, s):
        return self.critic(s)
