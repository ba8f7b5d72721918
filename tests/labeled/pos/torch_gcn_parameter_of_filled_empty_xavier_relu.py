"""A from-scratch GCN (Kipf & Welling): each weight is a Parameter of a tensor filled by an init call in
place, `nn.Parameter(nn.init.xavier_uniform_(torch.empty(n, m)))`; the hidden one feeds ReLU, so Xavier
halves the signal's variance at each layer (He init keeps it)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class GCN(nn.Module):
    def __init__(self, node_dim, hidden_dim, n_classes, dropout=0.5):
        super().__init__()
        self.W0 = nn.Parameter(
            nn.init.xavier_uniform_(torch.empty(node_dim, hidden_dim))  # expect: INI101
        )
        self.dropout = nn.Dropout(dropout)
        self.W1 = nn.Parameter(nn.init.xavier_uniform_(torch.empty(hidden_dim, n_classes)))

    def forward(self, x, A_hat):
        x = self.dropout(x)
        x = F.relu(A_hat @ x @ self.W0)
        x = self.dropout(x)
        return A_hat @ x @ self.W1
