"""Blog-post MLP factory: builds an nn.Sequential in a function and initialises its hidden
layers by index with xavier_uniform_, though each feeds nn.ReLU (He is the fit)."""

import torch.nn as nn


def make_mlp(n_in, n_hidden, n_out):
    net = nn.Sequential(
        nn.Linear(n_in, n_hidden),
        nn.ReLU(),
        nn.Linear(n_hidden, n_hidden),
        nn.ReLU(),
        nn.Linear(n_hidden, n_out),
    )
    nn.init.xavier_uniform_(net[0].weight)  # expect: INI101
    nn.init.xavier_uniform_(net[2].weight)  # expect: INI101
    nn.init.zeros_(net[4].weight)
    return net
