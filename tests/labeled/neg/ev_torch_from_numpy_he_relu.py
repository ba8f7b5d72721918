"""PyTorch port of a NumPy net: He-scaled NumPy weights randn(n_in, n_hidden) * sqrt(2 / n_in)
converted with torch.tensor(..., dtype=torch.float32); relu hidden layer."""

import numpy as np
import torch
import torch.nn as nn


class TwoLayerNet(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        w1 = np.random.randn(n_in, n_hidden) * np.sqrt(2.0 / n_in)
        w2 = np.random.randn(n_hidden, n_out) / np.sqrt(n_hidden)
        self.W1 = nn.Parameter(torch.tensor(w1, dtype=torch.float32))
        self.W2 = nn.Parameter(torch.as_tensor(w2).float())

    def forward(self, x):
        return torch.relu(x @ self.W1) @ self.W2
