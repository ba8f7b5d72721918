"""xavier_normal_ declaring gain=calculate_gain("tanh") on a layer whose hidden
activation is a sigmoid (gain 5/3 vs 1)."""

import torch
import torch.nn as nn
from torch.nn import init


class GateNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(100, 50)
        self.out = nn.Linear(50, 2)
        init.xavier_normal_(self.hidden.weight, gain=init.calculate_gain("tanh"))  # expect: INI103

    def forward(self, x):
        return self.out(torch.sigmoid(self.hidden(x)))
