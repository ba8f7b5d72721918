"""A vanilla RNN whose parameters are made and filled in one expression: `nn.init.kaiming_normal_` returns the
tensor it fills, so `self.W_hx = nn.init.kaiming_normal_(nn.Parameter(torch.rand(n_in, n_h)))` holds a He draw,
and the hidden state goes through tanh: He chosen for a tanh layer."""

import torch
import torch.nn as nn


class VanillaRNN(nn.Module):
    def __init__(self, input_dim, num_hidden, num_classes):
        super().__init__()
        self.activation = nn.Tanh()
        self.W_hx = nn.init.kaiming_normal_(nn.Parameter(torch.rand(input_dim, num_hidden)))  # expect: INI102
        self.W_hh = nn.init.kaiming_normal_(nn.Parameter(torch.rand(num_hidden, num_hidden)))  # expect: INI102
        self.W_ph = nn.init.xavier_normal_(nn.Parameter(torch.rand(num_hidden, num_classes)))
        self.bias_h = nn.Parameter(torch.zeros(num_hidden))
        self.bias_p = nn.Parameter(torch.zeros(num_classes))

    def forward(self, x):
        h_t = torch.zeros(x.size(0), self.W_hh.size(0))
        for t in range(x.size(1)):
            h_t = self.activation(x[:, t] @ self.W_hx + h_t @ self.W_hh + self.bias_h)
        return h_t @ self.W_ph + self.bias_p
