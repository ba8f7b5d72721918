"""PyTorch docs idiom: xavier_uniform_(w, gain=nn.init.calculate_gain("relu")) for layers that
feed ReLU -- correct, stays silent."""

import torch.nn as nn
import torch.nn.functional as F


class GCNLayerMLP(nn.Module):
    def __init__(self, in_dim=128, hidden=64, out_dim=7):
        super().__init__()
        self.lin1 = nn.Linear(in_dim, hidden)
        self.lin2 = nn.Linear(hidden, out_dim)
        gain = nn.init.calculate_gain("relu")
        nn.init.xavier_uniform_(self.lin1.weight, gain=gain)
        nn.init.xavier_uniform_(self.lin2.weight, gain=nn.init.calculate_gain("relu"))

    def forward(self, x):
        return self.lin2(F.relu(self.lin1(x)))
