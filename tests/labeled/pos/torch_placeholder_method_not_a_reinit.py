"""A recurrent layer's weights drawn with unscaled `randn` (fan-in 256) in the constructor; its other methods
make the initial state (`init_hidden`) and run the step, none draws the weights again: std 1 with fan-in 256
saturates the tanh."""

import torch
import torch.nn as nn
from torch.nn.parameter import Parameter


class RNNCell(nn.Module):
    def __init__(self, input_size=256, hidden_size=256):
        super().__init__()
        self.hidden_size = hidden_size
        self.weight_ih = Parameter(torch.randn((input_size, hidden_size)))  # expect: INI004
        self.weight_hh = Parameter(torch.randn((hidden_size, hidden_size)) / 16)

    def init_hidden(self, batch):
        return torch.zeros(batch, self.hidden_size)

    def forward(self, x, h):
        return torch.tanh(x @ self.weight_ih + h @ self.weight_hh)
