"""A list of layers appended in a loop with Tanh between them, nn.Sequential(*layers), and a blanket
Xavier init: Xavier is the right family for tanh."""

import torch.nn as nn


class PolicyNet(nn.Module):
    def __init__(self, obs_dim, act_dim, hidden=(64, 64)):
        super().__init__()
        layers = []
        last = obs_dim
        for h in hidden:
            layers += [nn.Linear(last, h), nn.Tanh()]
            last = h
        layers.append(nn.Linear(last, act_dim))
        self.pi = nn.Sequential(*layers)
        for m in self.pi:
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)

    def forward(self, obs):
        return self.pi(obs)
