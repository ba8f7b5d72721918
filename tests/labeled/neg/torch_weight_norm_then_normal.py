"""A PINN's layers are wrapped in weight norm and then `.weight` is drawn with std 1: after `weight_norm` the
forward pass recomputes the weight as g v / |v| from its own parameters, so the draw sets no scale that reaches
the network (RULES "Rescaled at run time"). Nothing to report."""

import torch
import torch.nn as nn
from torch.nn.utils import weight_norm


class PINN(nn.Module):
    def __init__(self, n_in=2, n_hidden=128, n_layers=4):
        super().__init__()

        def make(d_in, d_out):
            layer = weight_norm(nn.Linear(d_in, d_out), dim=0)
            with torch.no_grad():
                nn.init.normal_(layer.weight)
            return layer

        layers = [make(n_in, n_hidden), nn.Tanh()]
        for _ in range(n_layers - 1):
            layers += [make(n_hidden, n_hidden), nn.Tanh()]
        layers.append(make(n_hidden, 1))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)
