"""`from torch.nn.init import *` and `from torch.nn import *`: `xavier_uniform_` is PyTorch's, chosen for
layers whose output goes into ReLU."""

import torch
from torch.nn import *
from torch.nn.init import *


class MLP(Module):
    def __init__(self):
        super().__init__()
        self.fc1 = Linear(784, 256)
        self.fc2 = Linear(256, 10)
        xavier_uniform_(self.fc1.weight)  # expect: INI101
        zeros_(self.fc1.bias)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
