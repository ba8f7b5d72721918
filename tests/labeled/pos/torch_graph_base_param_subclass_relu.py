"""A graph layer family: the base class creates and Xavier-initialises the weight, the subclasses multiply
with it in their own forward passes (a sparse product here) and one applies ReLU to the result. Each subclass
is a layer of its own; in the sparse one Xavier feeds ReLU (half the He variance per layer)."""

import torch
from torch_sparse import spmm


class GraphLayer(torch.nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.weight_matrix = torch.nn.Parameter(torch.Tensor(in_channels, out_channels))
        self.bias = torch.nn.Parameter(torch.Tensor(1, out_channels))
        torch.nn.init.xavier_uniform_(self.weight_matrix)  # expect: INI101
        torch.nn.init.zeros_(self.bias)


class SparseGraphLayer(GraphLayer):
    def forward(self, index, value, n_nodes):
        out = spmm(index, value, n_nodes, self.weight_matrix.shape[0], self.weight_matrix)
        return torch.nn.functional.relu(out + self.bias)


class DenseGraphLayer(GraphLayer):
    def forward(self, features):
        return torch.mm(features, self.weight_matrix) + self.bias
