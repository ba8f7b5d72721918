"""Score-based generative modelling (Song et al.) time embedding: fixed random Fourier
frequencies W ~ N(0, scale^2), scale 30. A bandwidth, not a trained layer weight."""

import numpy as np
import torch
import torch.nn as nn


class GaussianFourierProjection(nn.Module):
    def __init__(self, embed_dim, scale=30.0):
        super().__init__()
        self.W = nn.Parameter(torch.randn(embed_dim // 2) * scale, requires_grad=False)

    def forward(self, x):
        x_proj = x[:, None] * self.W[None, :] * 2 * np.pi
        return torch.cat([torch.sin(x_proj), torch.cos(x_proj)], dim=-1)
