"""An MLP whose hidden layers sit in an nn.ModuleList, initialised in a loop with xavier_uniform_ and
applied in forward by a loop that puts each through ReLU: Xavier before ReLU (He is the scale for ReLU)."""

import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, in_dim=784, hidden=256, depth=4, n_classes=10):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(in_dim if i == 0 else hidden, hidden) for i in range(depth)])
        for layer in self.layers:
            nn.init.xavier_uniform_(layer.weight)  # expect: INI101
            nn.init.zeros_(layer.bias)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        x = x.flatten(1)
        for layer in self.layers:
            x = F.relu(layer(x))
        return self.head(x)
