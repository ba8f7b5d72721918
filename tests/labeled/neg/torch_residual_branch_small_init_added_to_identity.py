"""A residual MLP block whose last projection is drawn with a tiny std: its output is added to the
identity path (x + branch), so the block starts close to the identity (RULES: small-std or zero
last layers of residual branches are deliberate)."""
import torch
import torch.nn as nn


class ResidualMLP(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, dim)
        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")
        nn.init.normal_(self.fc2.weight, std=1e-4)

    def forward(self, x):
        return torch.relu(x + self.fc2(torch.relu(self.fc1(x))))
