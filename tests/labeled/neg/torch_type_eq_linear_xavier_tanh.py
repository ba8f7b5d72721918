"""d2l-style init function using `type(m) == nn.Linear` with xavier_uniform_ on a tanh MLP,
and `type(m) == nn.BatchNorm1d` filling the norm scale with 1: all correct."""

import torch.nn as nn


def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)
    elif type(m) == nn.BatchNorm1d:
        nn.init.constant_(m.weight, 1.0)
        nn.init.constant_(m.bias, 0.0)


net = nn.Sequential(
    nn.Linear(20, 256), nn.BatchNorm1d(256), nn.Tanh(),
    nn.Linear(256, 256), nn.BatchNorm1d(256), nn.Tanh(),
    nn.Linear(256, 1),
)
net.apply(init_weights)
