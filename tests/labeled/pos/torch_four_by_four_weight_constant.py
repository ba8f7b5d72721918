"""A layer of four neurons on four inputs whose (4, 4) weight matrix is set to one constant before training:
every neuron computes the same output and gets the same gradient, so they never diverge."""

import torch
import torch.nn as nn
from torch.nn.parameter import Parameter


class Neuron(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.weight_iv = Parameter(torch.empty((input_size, hidden_size)))

    def forward(self, x):
        return torch.sigmoid(x @ self.weight_iv)


input_size = 4
hid_size = 4
neuron = Neuron(input_size, hid_size)
optimizer = torch.optim.SGD(neuron.parameters(), lr=0.1)
with torch.no_grad():
    neuron.weight_iv.data = torch.ones((input_size, hid_size))  # expect: INI002
