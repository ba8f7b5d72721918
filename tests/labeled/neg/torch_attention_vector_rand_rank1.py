"""Bahdanau attention's scoring vector `v`: a rank-1 Parameter drawn from U(0, 1) and dotted with the
energies through bmm. An unnamed parameter is a weight matrix only at rank >= 2 (RULES); this one is a
vector of scores."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, hidden_size):
        super().__init__()
        self.attn = nn.Linear(hidden_size * 2, hidden_size)
        self.v = nn.Parameter(torch.rand(hidden_size))

    def forward(self, hidden, encoder_outputs):
        timestep = encoder_outputs.size(1)
        h = hidden.repeat(timestep, 1, 1).transpose(0, 1)
        energy = torch.tanh(self.attn(torch.cat([h, encoder_outputs], 2))).transpose(1, 2)
        v = self.v.repeat(encoder_outputs.size(0), 1).unsqueeze(1)
        return F.softmax(torch.bmm(v, energy).squeeze(1), dim=1)
