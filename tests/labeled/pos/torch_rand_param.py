"""Scratch PyTorch MLP using torch.rand (uniform [0, 1)) for its weight matrices:
INI005, not also INI004."""

import torch


class ScratchNet(torch.nn.Module):
    def __init__(self, n_in=784, n_hidden=128, n_out=10):
        super().__init__()
        self.W1 = torch.nn.Parameter(torch.rand(n_in, n_hidden))  # expect: INI005
        self.b1 = torch.nn.Parameter(torch.zeros(n_hidden))
        self.W2 = torch.nn.Parameter(torch.rand(n_hidden, n_out))  # expect: INI005
        self.b2 = torch.nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        h = torch.sigmoid(x @ self.W1 + self.b1)
        return h @ self.W2 + self.b2
