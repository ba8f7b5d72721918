"""An MLP whose hidden layers are created in a loop, Xavier-initialised through the local name and appended
to an nn.ModuleList; forward puts each through ReLU: Xavier before ReLU (He is the scale for ReLU)."""

import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, sizes=(784, 256, 256, 10)):
        super().__init__()
        self.layers = nn.ModuleList()
        for n_in, n_out in zip(sizes[:-2], sizes[1:-1]):
            layer = nn.Linear(n_in, n_out)
            nn.init.xavier_uniform_(layer.weight)  # expect: INI101
            nn.init.zeros_(layer.bias)
            self.layers.append(layer)
        self.head = nn.Linear(sizes[-2], sizes[-1])

    def forward(self, x):
        for layer in self.layers:
            x = F.relu(layer(x))
        return self.head(x)
