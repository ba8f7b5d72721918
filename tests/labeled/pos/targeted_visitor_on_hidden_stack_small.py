"""A visitor with std 1e-4 applied to the feature stack only; that stack's Linears are hidden ReLU layers,
so the tiny scale makes the signal vanish (the head keeps its default)."""

import torch.nn as nn
from torch.nn import init


def init_small(m):
    if isinstance(m, nn.Linear):
        init.normal_(m.weight.data, std=0.0001)  # expect: INI003


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU())
        self.features.apply(init_small)
        self.head = nn.Linear(256, 10)

    def forward(self, x):
        return self.head(self.features(x))
