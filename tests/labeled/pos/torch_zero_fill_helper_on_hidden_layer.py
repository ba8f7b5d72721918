"""A zero-fill helper (`def zero_init_(weights): weights.fill_(0.0)`) that this file itself applies to the
hidden layer of its MLP (`zero_init_(self.fc1.weight)`, fc1 feeding ReLU): the hidden units start identical."""

import torch
import torch.nn as nn
import torch.nn.functional as F


def zero_init_(weights):
    with torch.no_grad():
        weights.fill_(0.0)  # expect: INI001


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        zero_init_(self.fc1.weight)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
