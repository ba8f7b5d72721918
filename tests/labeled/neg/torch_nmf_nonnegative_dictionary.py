"""NMF decoder (listen-to-interpret style): the spectral dictionary W must be non-negative, so it
starts positive (0.1 * U(0, 1)) and goes through ReLU before every use. Positive by design."""

import torch
import torch.nn as nn


class NMFDecoderAudio(nn.Module):
    def __init__(self, n_comp=100, n_freq=513):
        super().__init__()
        self.W = nn.Parameter(0.1 * torch.rand(n_freq, n_comp), requires_grad=True)
        self.activ = nn.ReLU()

    def forward(self, H):
        H = self.activ(H)
        temp = self.activ(self.W).unsqueeze(0)
        return torch.einsum("bij, bjk -> bik", temp, H)
