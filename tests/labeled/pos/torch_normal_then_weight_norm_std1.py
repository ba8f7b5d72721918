"""The weight is drawn with std 1 first and weight norm wraps the layer afterwards: weight norm starts g at |v|,
so the layer starts exactly as drawn, std 1 at fan-in 256 (INI004 stands)."""

import torch
import torch.nn as nn
from torch.nn.utils import weight_norm


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        fc = nn.Linear(256, 256)
        nn.init.normal_(fc.weight)  # expect: INI004
        self.fc = weight_norm(fc)
        self.out = nn.Linear(256, 10)

    def forward(self, x):
        return self.out(torch.tanh(self.fc(x)))
