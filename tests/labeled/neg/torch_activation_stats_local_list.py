"""An activation-statistics experiment: a function draws one weight per layer into a list of its own, pushes a
random input through them and returns only the standard deviations it saw. The weights never leave the call and
nothing updates them: untrained demo arrays (RULES "What counts as a trained weight"). Nothing to report."""

import math

import torch


def activation_stds(num_layers, input_dim, width, init="normal"):
    torch.manual_seed(0)
    dims = [input_dim] + [width] * num_layers
    weights = []
    for i in range(num_layers):
        if init == "xavier":
            std = math.sqrt(2.0 / (dims[i] + dims[i + 1]))
        elif init == "kaiming":
            std = math.sqrt(2.0 / dims[i])
        else:
            std = 1.0
        w = torch.randn(dims[i + 1], dims[i]) * std
        weights.append(w)
    x = torch.randn(1, input_dim)
    stds = []
    for w in weights:
        x = torch.relu(x @ w.T)
        stds.append(x.std().item())
    return stds
