"""VGAE's graph convolution: Glorot's uniform written by hand (`rand * 2 * r - r` with r = sqrt(6 / (in + out)))
for a layer whose default activation is ReLU."""

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class GraphConvSparse(nn.Module):
    def __init__(self, input_dim, output_dim, adj, activation=F.relu):
        super().__init__()
        init_range = np.sqrt(6.0 / (input_dim + output_dim))
        self.weight = nn.Parameter(torch.rand(input_dim, output_dim) * 2 * init_range - init_range)  # expect: INI101
        self.adj = adj
        self.activation = activation

    def forward(self, inputs):
        x = torch.mm(inputs, self.weight)
        x = torch.mm(self.adj, x)
        return self.activation(x)
