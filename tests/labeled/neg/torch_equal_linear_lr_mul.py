"""StyleGAN2 EqualLinear (rosinality): weights drawn N(0, 1) / lr_mul and multiplied by
scale = lr_mul / sqrt(in_dim) in forward: an equalized learning rate."""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class EqualLinear(nn.Module):
    def __init__(self, in_dim, out_dim, bias=True, bias_init=0, lr_mul=0.01):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out_dim, in_dim).div_(lr_mul))
        self.bias = nn.Parameter(torch.zeros(out_dim).fill_(bias_init)) if bias else None
        self.scale = (1 / math.sqrt(in_dim)) * lr_mul
        self.lr_mul = lr_mul

    def forward(self, input):
        return F.linear(input, self.weight * self.scale, bias=self.bias * self.lr_mul)


class MappingNetwork(nn.Module):
    def __init__(self, style_dim=512, n_mlp=8):
        super().__init__()
        self.layers = nn.Sequential(*[EqualLinear(style_dim, style_dim, lr_mul=0.01) for _ in range(n_mlp)])

    def forward(self, z):
        return self.layers(z)
