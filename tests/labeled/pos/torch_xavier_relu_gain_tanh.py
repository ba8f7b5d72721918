"""xavier_uniform_(w, gain=nn.init.calculate_gain("relu")) in front of a hidden tanh
(the declared gain is for ReLU)."""

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=64, n_hidden=128, n_latent=16):
        super().__init__()
        self.fc = nn.Linear(n_in, n_hidden)
        self.mu = nn.Linear(n_hidden, n_latent)
        nn.init.xavier_uniform_(self.fc.weight, gain=nn.init.calculate_gain("relu"))  # expect: INI103

    def forward(self, x):
        h = torch.tanh(self.fc(x))
        return self.mu(h)
