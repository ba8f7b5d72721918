"""A loop over one sub-module's parameters that zeroes those with exactly two dimensions: the weight
matrices of its hidden Linear layers, which then never break symmetry."""

import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, d_in, d_hidden):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(d_in, d_hidden), nn.ReLU(), nn.Linear(d_hidden, d_hidden), nn.ReLU())
        self.out = nn.Linear(d_hidden, 2)
        for p in self.mlp.parameters():
            if len(p.size()) == 2:
                p.data.zero_()  # expect: INI001

    def forward(self, x):
        return self.out(self.mlp(x))
