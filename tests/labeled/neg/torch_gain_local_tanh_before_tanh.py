"""Graph-network tutorial style: reset_parameters binds `gain = nn.init.calculate_gain('tanh')` and hands it to
Xavier, and the hidden layer's output goes through tanh: the declared nonlinearity is the real one."""

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, in_dim, hidden_dim, out_dim):
        super().__init__()
        self.fc = nn.Linear(in_dim, hidden_dim)
        self.out = nn.Linear(hidden_dim, out_dim)
        self.reset_parameters()

    def reset_parameters(self):
        gain = nn.init.calculate_gain('tanh')
        nn.init.xavier_normal_(self.fc.weight, gain)
        nn.init.xavier_normal_(self.out.weight)

    def forward(self, h):
        return self.out(torch.tanh(self.fc(h)))
