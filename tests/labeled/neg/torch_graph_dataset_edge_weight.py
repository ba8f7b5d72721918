"""A synthetic graph dataset (torch_geometric FakeDataset style): node features and edge
weights are random *data* stored on the Data object, not parameters of any layer."""

import torch
from torch_geometric.data import Data


def make_graph(num_nodes=100, num_channels=64, avg_degree=4):
    data = Data()
    data.x = torch.randn(num_nodes, num_channels)
    data.edge_index = torch.randint(num_nodes, (2, num_nodes * avg_degree))
    data.edge_weight = torch.rand(data.num_edges)
    data.edge_attr = torch.rand(data.num_edges, 8)
    return data
