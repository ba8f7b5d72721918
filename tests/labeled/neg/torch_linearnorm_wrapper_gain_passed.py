"""Tacotron 2 style LinearNorm: every instance that feeds an activation passes the matching gain
(w_init_gain="tanh" before tanh, "relu" before ReLU); the default "linear" is left only on projections."""

import torch
from torch import nn
from torch.nn import functional as F


class LinearNorm(nn.Module):
    def __init__(self, in_dim, out_dim, bias=True, w_init_gain="linear"):
        super().__init__()
        self.linear_layer = nn.Linear(in_dim, out_dim, bias=bias)
        nn.init.xavier_uniform_(self.linear_layer.weight, gain=nn.init.calculate_gain(w_init_gain))

    def forward(self, x):
        return self.linear_layer(x)


class Attention(nn.Module):
    def __init__(self, rnn_dim=1024, emb_dim=512, att_dim=128):
        super().__init__()
        self.query_layer = LinearNorm(rnn_dim, att_dim, bias=False, w_init_gain="tanh")
        self.memory_layer = LinearNorm(emb_dim, att_dim, bias=False, w_init_gain="tanh")
        self.hidden = LinearNorm(att_dim, att_dim, w_init_gain="relu")
        self.v = LinearNorm(att_dim, 1, bias=False)

    def forward(self, query, memory):
        energies = torch.tanh(self.query_layer(query) + self.memory_layer(memory))
        return self.v(F.relu(self.hidden(energies)))
