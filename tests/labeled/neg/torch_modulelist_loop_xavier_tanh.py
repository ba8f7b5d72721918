"""A tanh MLP whose hidden layers sit in a ModuleList initialised with xavier_normal_ in a loop: Xavier is
the right scale for tanh (and zero biases are fine)."""

import torch
import torch.nn as nn


class TanhMLP(nn.Module):
    def __init__(self, sizes=(2, 50, 50, 1)):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])
        for layer in self.layers:
            nn.init.xavier_normal_(layer.weight)
            nn.init.zeros_(layer.bias)

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.tanh(layer(x))
        return self.layers[-1](x)
