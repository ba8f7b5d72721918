"""A single neuron driven by a single input: its weight matrix is (1, 1), set to a constant to reproduce a
recorded cell. One number has no units to make identical (RULES: constant fills break symmetry)."""

import torch
import torch.nn as nn
from torch.nn.parameter import Parameter


class Neuron(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.weight_iv = Parameter(torch.empty((input_size, hidden_size)))

    def forward(self, x):
        return torch.sigmoid(x @ self.weight_iv)


input_size = 1
hid_size = 1
neuron = Neuron(input_size, hid_size)
optimizer = torch.optim.SGD(neuron.parameters(), lr=0.1)
with torch.no_grad():
    neuron.weight_iv.data = torch.ones((input_size, hid_size))
