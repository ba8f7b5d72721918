"""An LSTM written out by hand (a course assignment): every gate's input and recurrent weights are Parameters drawn
with std 1e-4. Each gate sums `x @ W_x + h @ W_h + b` and feeds tanh or sigmoid; the activated gates then mix the
cell state (`c = g * i + c * f`). The gating after the activation does not make these residual branches: each
weight feeds its unit's activation, and at std 1e-4 the pre-activations vanish."""

import torch
import torch.nn as nn


class LSTM(nn.Module):
    def __init__(self, input_dim, num_hidden):
        super().__init__()
        self.W_gx = nn.Parameter(torch.Tensor(num_hidden, input_dim).normal_(mean=0, std=0.0001))  # expect: INI003
        self.W_gh = nn.Parameter(torch.Tensor(num_hidden, num_hidden).normal_(mean=0, std=0.0001))  # expect: INI003
        self.b_g = nn.Parameter(torch.zeros(1, num_hidden))
        self.W_ix = nn.Parameter(torch.Tensor(num_hidden, input_dim).normal_(mean=0, std=0.0001))  # expect: INI003
        self.W_ih = nn.Parameter(torch.Tensor(num_hidden, num_hidden).normal_(mean=0, std=0.0001))  # expect: INI003
        self.b_i = nn.Parameter(torch.zeros(1, num_hidden))
        self.num_hidden = num_hidden

    def forward(self, x):
        h = torch.zeros(x.shape[0], self.num_hidden)
        c = torch.zeros(x.shape[0], self.num_hidden)
        for t in range(x.shape[1]):
            g = torch.tanh(x[:, t] @ self.W_gx.t() + h @ self.W_gh.t() + self.b_g)
            i = torch.sigmoid(x[:, t] @ self.W_ix.t() + h @ self.W_ih.t() + self.b_i)
            c = g * i + c
            h = torch.tanh(c)
        return h
