"""Glorot's uniform written by hand (`rand * 2 * r - r`) for a layer whose default activation is tanh: the
right pairing."""

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class GraphConvSparse(nn.Module):
    def __init__(self, input_dim, output_dim, adj, activation=torch.tanh):
        super().__init__()
        init_range = np.sqrt(6.0 / (input_dim + output_dim))
        self.weight = nn.Parameter(torch.rand(input_dim, output_dim) * 2 * init_range - init_range)
        self.adj = adj
        self.activation = activation

    def forward(self, inputs):
        x = torch.mm(inputs, self.weight)
        x = torch.mm(self.adj, x)
        return self.activation(x)
