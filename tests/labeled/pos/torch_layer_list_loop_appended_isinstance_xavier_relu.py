"""An MLP builder appends Linear + ReLU per layer in a loop, initialises the list's Linear layers with
xavier_uniform_ (isinstance filter over the local list) and wraps it in nn.Sequential: Xavier before ReLU."""

import torch.nn as nn


def make_mlp(sizes):
    layers = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        layers.append(nn.Linear(n_in, n_out))
        layers.append(nn.ReLU())
    layers.pop()
    for layer in layers:
        if isinstance(layer, nn.Linear):
            nn.init.xavier_uniform_(layer.weight)  # expect: INI101
            nn.init.zeros_(layer.bias)
    return nn.Sequential(*layers)


net = make_mlp([784, 256, 256, 10])
