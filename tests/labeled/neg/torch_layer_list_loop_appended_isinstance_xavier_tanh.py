"""An MLP builder appends Linear + Tanh per layer in a loop and Xavier-initialises the Linear layers of the
local list before wrapping it in nn.Sequential: Xavier is the scale for tanh."""

import torch.nn as nn


def make_mlp(sizes):
    layers = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        layers.append(nn.Linear(n_in, n_out))
        layers.append(nn.Tanh())
    layers.pop()
    for layer in layers:
        if isinstance(layer, nn.Linear):
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)
    return nn.Sequential(*layers)


net = make_mlp([2, 64, 64, 1])
