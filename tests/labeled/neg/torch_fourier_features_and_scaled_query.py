"""Two parameters drawn with std 1 on purpose: Gaussian random Fourier features for a
timestep (std = bandwidth of the frequencies, the product goes through sin/cos), and
SwiftFormer's additive-attention query vector, whose product is multiplied by a stored
dim ** -0.5 in the next statement (effective std 1/sqrt(dim))."""

import math

import torch
import torch.nn as nn


class FourierEmbedding(nn.Module):
    def __init__(self, embedding_dim):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(embedding_dim // 2, 1))

    def forward(self, t):
        angles = 2.0 * math.pi * t.unsqueeze(-1) @ self.weight.T
        return torch.cat((angles.cos(), angles.sin()), dim=-1)


class EfficientAdditiveAttention(nn.Module):
    def __init__(self, dim=512):
        super().__init__()
        self.to_query = nn.Linear(dim, dim)
        self.to_key = nn.Linear(dim, dim)
        self.w_g = nn.Parameter(torch.randn(dim, 1))
        self.scale_factor = dim ** -0.5
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        query = nn.functional.normalize(self.to_query(x), dim=-1)
        key = nn.functional.normalize(self.to_key(x), dim=-1)
        query_weight = query @ self.w_g
        scaled_query_weight = query_weight * self.scale_factor
        scaled_query_weight = scaled_query_weight.softmax(dim=-1)
        global_queries = torch.sum(scaled_query_weight * query, dim=1, keepdim=True)
        return self.proj(global_queries * key) + query
