"""Tanh MLP with xavier_normal_(w, gain=calculate_gain("tanh")) -- declared nonlinearity
matches the hidden activation."""

import torch
import torch.nn as nn


class TanhNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(64, 64) for _ in range(4)])
        self.out = nn.Linear(64, 1)
        for layer in self.layers:
            nn.init.xavier_normal_(layer.weight, gain=nn.init.calculate_gain("tanh"))
            nn.init.zeros_(layer.bias)

    def forward(self, x):
        for layer in self.layers:
            x = torch.tanh(layer(x))
        return self.out(x)
