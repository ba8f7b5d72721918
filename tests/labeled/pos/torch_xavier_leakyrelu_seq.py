"""Critic MLP built as nn.Sequential with LeakyReLU(0.2); a helper applies
xavier_uniform_ to every Linear (LeakyReLU is in the ReLU family)."""

import torch.nn as nn


def init_linear(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)  # expect: INI101
        nn.init.zeros_(m.bias)


critic = nn.Sequential(
    nn.Linear(2, 512), nn.LeakyReLU(0.2),
    nn.Linear(512, 512), nn.LeakyReLU(0.2),
    nn.Linear(512, 512), nn.LeakyReLU(0.2),
    nn.Linear(512, 1),
)
critic.apply(init_linear)
