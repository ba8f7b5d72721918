"""pytorch/examples GCN: the GraphConv layer initialises its own kernel with Xavier, and the
network applies F.relu to gc1's output before gc2: Xavier in front of ReLU (INI101)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class GraphConv(nn.Module):
    def __init__(self, input_dim, output_dim):
        super().__init__()
        self.kernel = nn.Parameter(torch.Tensor(input_dim, output_dim))
        nn.init.xavier_normal_(self.kernel)  # expect: INI101

    def forward(self, x, adj):
        support = torch.mm(x, self.kernel)
        return torch.spmm(adj, support)


class GCN(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim, p_dropout=0.5):
        super().__init__()
        self.gc1 = GraphConv(input_dim, hidden_dim)
        self.gc2 = GraphConv(hidden_dim, output_dim)
        self.dropout = nn.Dropout(p_dropout)

    def forward(self, x, adj):
        x = F.relu(self.gc1(x, adj))
        x = self.dropout(x)
        x = self.gc2(x, adj)
        return F.log_softmax(x, dim=1)
