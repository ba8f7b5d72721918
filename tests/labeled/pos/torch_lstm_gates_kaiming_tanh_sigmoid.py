"""A hand-written LSTM cell: each gate sums an input projection and a recurrent one (`x @ W_ix + h @ W_ih`)
and the sum goes through a sigmoid (the gates) or tanh (the candidate); the gates then multiply the candidate
and the old cell state. He (`kaiming_normal_`) before those sigmoids and tanh doubles the variance the squashing
units see: the activation after the sum consumes both weights, whatever the gate multiplies afterwards."""

import torch
import torch.nn as nn


class PeepholeFreeLSTM(nn.Module):
    def __init__(self, n_in, n_hidden):
        super().__init__()
        self.W_ix = nn.Parameter(torch.empty(n_in, n_hidden))
        self.W_ih = nn.Parameter(torch.empty(n_hidden, n_hidden))
        self.W_cx = nn.Parameter(torch.empty(n_in, n_hidden))
        self.W_ch = nn.Parameter(torch.empty(n_hidden, n_hidden))
        self.W_fx = nn.Parameter(torch.empty(n_in, n_hidden))
        self.W_fh = nn.Parameter(torch.empty(n_hidden, n_hidden))
        self.W_out = nn.Parameter(torch.empty(n_hidden, 5))
        nn.init.kaiming_normal_(self.W_ix)  # expect: INI102
        nn.init.kaiming_normal_(self.W_ih)  # expect: INI102
        nn.init.kaiming_normal_(self.W_cx)  # expect: INI102
        nn.init.kaiming_normal_(self.W_ch)  # expect: INI102
        nn.init.kaiming_normal_(self.W_fx)  # expect: INI102
        nn.init.kaiming_normal_(self.W_fh)  # expect: INI102
        nn.init.xavier_normal_(self.W_out)

    def forward(self, xs):
        h = xs.new_zeros(xs.shape[0], self.W_ih.shape[0])
        c = torch.zeros_like(h)
        for x in xs.unbind(1):
            i = torch.sigmoid(x @ self.W_ix + h @ self.W_ih)
            f = torch.sigmoid(x @ self.W_fx + h @ self.W_fh)
            g = torch.tanh(x @ self.W_cx + h @ self.W_ch)
            c = g * i + c * f
            h = torch.tanh(c)
        return h @ self.W_out
