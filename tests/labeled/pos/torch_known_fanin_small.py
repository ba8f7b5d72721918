"""Toy 2-D (moons) classifier: std=0.05 on a layer with fan-in 2 feeding ReLU.
He would be sqrt(2/2) = 1.0, so 0.05 is below a tenth of it (known fan-in clause)."""

import torch
import torch.nn as nn


class MoonsNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 64)
        self.fc2 = nn.Linear(64, 2)
        nn.init.normal_(self.fc1.weight, std=0.05)  # expect: INI003
        nn.init.zeros_(self.fc1.bias)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
