"""The same builder without the `break`: the loop zeroes the weight of every Linear it walks, the hidden ones
included, so the hidden units never break symmetry."""

import torch.nn as nn


def mlp(in_channels, hidden_channels, out_channels, init_zero=True):
    layers = []
    channels = [in_channels] + list(hidden_channels) + [out_channels]
    for i in range(len(channels) - 1):
        layers.append(nn.Linear(channels[i], channels[i + 1]))
        if i < len(channels) - 2:
            layers.append(nn.ReLU())
    if init_zero:
        for layer in reversed(layers):
            if isinstance(layer, nn.Linear):
                nn.init.zeros_(layer.weight)  # expect: INI001
                nn.init.zeros_(layer.bias)
    return nn.Sequential(*layers)


value_head = mlp(256, [256], 1)
