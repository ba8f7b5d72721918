"""A module-level init helper handed one layer (`glorot_(self.conv1.weight)`), the first conv of a ReLU block:
Xavier chosen for a layer that feeds ReLU halves the signal's variance there."""

import torch.nn as nn
import torch.nn.functional as F


def glorot_(weights):
    nn.init.xavier_uniform_(weights)  # expect: INI101


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(64, 64, 3, padding=1)
        self.conv2 = nn.Conv2d(64, 10, 1)
        glorot_(self.conv1.weight)

    def forward(self, x):
        return self.conv2(F.relu(self.conv1(x)))
