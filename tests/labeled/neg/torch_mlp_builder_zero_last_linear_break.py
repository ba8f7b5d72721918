"""An MLP builder (after LightZero's MLP_V2) that, when asked, zeroes only the last Linear of the stack it built:
it walks the layers in reverse and stops at the first Linear it meets. A zero output head is the deliberate
choice (RULES), not "every layer"."""

import torch.nn as nn


def mlp(in_channels, hidden_channels, out_channels, last_linear_layer_init_zero=True):
    layers = []
    channels = [in_channels] + list(hidden_channels) + [out_channels]
    for i in range(len(channels) - 1):
        layers.append(nn.Linear(channels[i], channels[i + 1]))
        if i < len(channels) - 2:
            layers.append(nn.ReLU())
    if last_linear_layer_init_zero:
        for layer in reversed(layers):
            if isinstance(layer, nn.Linear):
                nn.init.zeros_(layer.weight)
                nn.init.zeros_(layer.bias)
                break
    return nn.Sequential(*layers)


value_head = mlp(256, [256], 1)
