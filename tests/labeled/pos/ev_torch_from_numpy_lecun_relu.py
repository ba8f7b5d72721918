"""PyTorch port of a NumPy course net: the weights are drawn in NumPy with the LeCun scale
randn(n_in, n_hidden) / sqrt(n_in) and converted with torch.from_numpy(...).float(); relu hidden."""

import numpy as np
import torch
import torch.nn as nn


class TwoLayerNet(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        w1 = np.random.randn(n_in, n_hidden) / np.sqrt(n_in)  # expect: INI101
        w2 = np.random.randn(n_hidden, n_out) / np.sqrt(n_hidden)
        self.W1 = nn.Parameter(torch.from_numpy(w1).float())
        self.b1 = nn.Parameter(torch.zeros(n_hidden))
        self.W2 = nn.Parameter(torch.from_numpy(w2).float())
        self.b2 = nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        h = torch.relu(x @ self.W1 + self.b1)
        return h @ self.W2 + self.b2
