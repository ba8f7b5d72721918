"""A deep MLP of repeated (Linear, ReLU) blocks built by a starred comprehension in nn.Sequential, every
Linear initialised by self.apply with xavier_normal_: Xavier before ReLU halves the variance per block."""

import torch.nn as nn


class DeepMLP(nn.Module):
    def __init__(self, d=256, depth=4):
        super().__init__()
        self.net = nn.Sequential(*[nn.Sequential(nn.Linear(d, d), nn.ReLU()) for _ in range(depth)])
        self.head = nn.Linear(d, 10)
        self.apply(self._init)

    def _init(self, m):
        if isinstance(m, nn.Linear):
            nn.init.xavier_normal_(m.weight)  # expect: INI101

    def forward(self, x):
        return self.head(self.net(x))
