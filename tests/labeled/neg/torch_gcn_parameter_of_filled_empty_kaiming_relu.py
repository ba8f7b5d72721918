"""A from-scratch GCN whose weights are Parameters of tensors filled in place at construction: He init for
the hidden layer that feeds ReLU, Xavier for the output projection (no activation after it): both right."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class GCN(nn.Module):
    def __init__(self, node_dim, hidden_dim, n_classes, dropout=0.5):
        super().__init__()
        self.W0 = nn.Parameter(
            nn.init.kaiming_uniform_(torch.empty(node_dim, hidden_dim), nonlinearity="relu")
        )
        self.dropout = nn.Dropout(dropout)
        self.W1 = nn.Parameter(nn.init.xavier_uniform_(torch.empty(hidden_dim, n_classes)))

    def forward(self, x, A_hat):
        x = self.dropout(x)
        x = F.relu(A_hat @ x @ self.W0)
        x = self.dropout(x)
        return A_hat @ x @ self.W1
