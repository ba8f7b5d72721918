"""Custom RNN cell: weights allocated with torch.zeros, then overwritten in reset_parameters()
(called by the constructor) with orthogonal_ / xavier_uniform_ -- fill-then-overwrite."""

import torch
import torch.nn as nn


class MinimalRNNCell(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.W_ih = nn.Parameter(torch.zeros(hidden_size, input_size))
        self.W_hh = nn.Parameter(torch.zeros(hidden_size, hidden_size))
        self.bias = nn.Parameter(torch.zeros(hidden_size))
        self.reset_parameters()

    def reset_parameters(self):
        nn.init.xavier_uniform_(self.W_ih)
        nn.init.orthogonal_(self.W_hh)
        nn.init.zeros_(self.bias)

    def forward(self, x, h):
        return torch.tanh(x @ self.W_ih.t() + h @ self.W_hh.t() + self.bias)
