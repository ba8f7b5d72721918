"""A constant-fill helper this file applies to a Linear's weight: every unit of the layer is identical."""

import torch
import torch.nn as nn


def const_init_(weights):
    with torch.no_grad():
        weights.fill_(0.5)  # expect: INI002


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(128, 64)
        self.out = nn.Linear(64, 10)
        const_init_(self.fc.weight)

    def forward(self, x):
        return self.out(torch.tanh(self.fc(x)))
