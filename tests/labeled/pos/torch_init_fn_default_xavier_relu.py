"""An MLP whose constructor takes the weight initializer as a parameter, defaulting to Xavier, and
feeds the hidden layer into ReLU: nobody passes another one, so Xavier halves the signal per layer."""

import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, n_in=784, n_hidden=256, n_out=10, weight_init=nn.init.xavier_uniform_):
        super().__init__()
        self.fc1 = nn.Linear(n_in, n_hidden)
        self.fc2 = nn.Linear(n_hidden, n_out)
        weight_init(self.fc1.weight)  # expect: INI101
        nn.init.zeros_(self.fc1.bias)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


model = MLP()
