"""The same base class / subclass split, where the subclass applying an activation uses tanh: Xavier is the
right choice there, and the subclass without an activation is an output layer."""

import torch


class GraphLayer(torch.nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.weight_matrix = torch.nn.Parameter(torch.Tensor(in_channels, out_channels))
        torch.nn.init.xavier_uniform_(self.weight_matrix)


class TanhGraphLayer(GraphLayer):
    def forward(self, adjacency, features):
        support = torch.sparse.mm(adjacency, torch.mm(features, self.weight_matrix))
        return torch.tanh(support)


class OutputGraphLayer(GraphLayer):
    def forward(self, adjacency, features):
        return torch.sparse.mm(adjacency, torch.mm(features, self.weight_matrix))
