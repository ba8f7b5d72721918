"""PyTorch MLP with an `init_std=1e-3` constructor default used by a blanket init over every
Linear: the hidden ReLU layers start with std 1e-3 and the signal vanishes."""

import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, d_in=784, d_hidden=512, d_out=10, init_std=1e-3):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(d_in, d_hidden), nn.ReLU(),
            nn.Linear(d_hidden, d_hidden), nn.ReLU(),
            nn.Linear(d_hidden, d_out),
        )
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, mean=0.0, std=init_std)  # expect: INI003
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.net(x)
