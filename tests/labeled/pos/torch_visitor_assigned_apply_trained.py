"""A visitor with positive-only uniform weights, applied as `model = model.apply(weights_init)`, to a network
that is then trained with Adam: every Linear starts all positive."""

import torch
import torch.nn as nn


def weights_init(m):
    if isinstance(m, nn.Linear):
        nn.init.uniform_(m.weight, a=0, b=1.0)  # expect: INI005
        nn.init.zeros_(m.bias)


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(2, 64), nn.Tanh(), nn.Linear(64, 1))

    def forward(self, x):
        return self.net(x)


model = MLP()
model = model.apply(weights_init)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
