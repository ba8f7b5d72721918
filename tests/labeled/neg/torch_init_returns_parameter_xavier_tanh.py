"""The same RNN with `nn.init.xavier_normal_(nn.Parameter(torch.empty(...)))` for every matrix: the init function
returns the tensor it fills, Xavier for a tanh layer is the right pairing."""

import torch
import torch.nn as nn


class VanillaRNN(nn.Module):
    def __init__(self, input_dim, num_hidden, num_classes):
        super().__init__()
        self.W_hx = nn.init.xavier_normal_(nn.Parameter(torch.empty(input_dim, num_hidden)))
        self.W_hh = nn.init.orthogonal_(nn.Parameter(torch.empty(num_hidden, num_hidden)))
        self.W_ph = nn.init.xavier_normal_(nn.Parameter(torch.empty(num_hidden, num_classes)))
        self.bias_h = nn.init.zeros_(nn.Parameter(torch.empty(num_hidden)))

    def forward(self, x):
        h_t = torch.zeros(x.size(0), self.W_hh.size(0))
        for t in range(x.size(1)):
            h_t = torch.tanh(x[:, t] @ self.W_hx + h_t @ self.W_hh + self.bias_h)
        return h_t @ self.W_ph
