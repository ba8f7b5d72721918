"""A zero-fill helper (`def zero_init_(weights): weights.fill_(0.0)`) that this file applies once, to its MLP's
classifier head (`zero_init_(self.fc2.weight)`): a zero classifier head is deliberate (RULES)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


def zero_init_(weights):
    with torch.no_grad():
        weights.fill_(0.0)


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        zero_init_(self.fc2.weight)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
