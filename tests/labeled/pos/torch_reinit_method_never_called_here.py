"""A notebook builds its network class and trains it, but never calls the class's own re-initialisation method
(`initialize_parameters`): the constructor's draw, positive-only U(0, 0.001), is the one training starts from."""

import math

import torch
import torch.nn as nn


class LISTANet(nn.Module):
    def __init__(self, input_size, output_size):
        super().__init__()
        self.W_e = nn.Parameter(torch.rand(output_size, input_size) * 0.001)  # expect: INI005

    def initialize_parameters(self):
        nn.init.kaiming_uniform_(self.W_e, a=math.sqrt(5))

    def forward(self, x):
        return torch.relu(torch.matmul(self.W_e, x))


net = LISTANet(100, 100)
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
