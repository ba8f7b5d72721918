"""Two-layer PyTorch regressor that zeroes the hidden layer through `.data.zero_()`
(Tensor in-place method); fc1 feeds ReLU into fc2."""

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in=13, n_hidden=64):
        super().__init__()
        self.fc1 = nn.Linear(n_in, n_hidden)
        self.fc2 = nn.Linear(n_hidden, 1)
        self.fc1.weight.data.zero_()  # expect: INI001
        self.fc1.bias.data.zero_()

    def forward(self, x):
        h = torch.relu(self.fc1(x))
        return self.fc2(h)
