"""A from-scratch graph attention layer: the projection W and two score vectors of shape (out, 1), each the
right operand of `@` (`x @ self.attn_weight_src`), whose one-column outputs are summed, passed through
LeakyReLU and normalised by softmax. A score vector has one output unit: no hidden layer for the activation's
gain to keep in balance."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class AttentionLayer(nn.Module):
    def __init__(self, input_dim, output_dim):
        super().__init__()
        self.proj = nn.Parameter(nn.init.xavier_uniform_(torch.empty(output_dim, input_dim)))
        self.attn_weight_src = nn.Parameter(nn.init.xavier_uniform_(torch.empty(output_dim, 1)))
        self.attn_weight_dst = nn.Parameter(nn.init.xavier_uniform_(torch.empty(output_dim, 1)))

    def forward(self, x, adj):
        x = x @ self.proj.T
        e = F.leaky_relu((x @ self.attn_weight_src) + (x @ self.attn_weight_dst).T, 0.2)
        e = e.masked_fill(adj == 0, float("-inf"))
        return torch.softmax(e, dim=1) @ x
