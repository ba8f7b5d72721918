"""Talking-heads attention (x-transformers style): a heads x heads mixing matrix drawn N(0, 1),
heads=8 by default. Fan-in 8 < 16: std 1 is the right scale there."""

import torch
import torch.nn as nn
from torch import einsum


class Attention(nn.Module):
    def __init__(self, dim, dim_head=64, heads=8, talking_heads=False):
        super().__init__()
        self.heads = heads
        self.to_qkv = nn.Linear(dim, dim_head * heads * 3, bias=False)
        self.talking_heads = talking_heads
        if talking_heads:
            self.pre_softmax_proj = nn.Parameter(torch.randn(heads, heads))
            self.post_softmax_proj = nn.Parameter(torch.randn(heads, heads))

    def forward(self, dots):
        if self.talking_heads:
            dots = einsum("b h i j, h k -> b k i j", dots, self.pre_softmax_proj).contiguous()
        attn = dots.softmax(dim=-1)
        if self.talking_heads:
            attn = einsum("b h i j, h k -> b k i j", attn, self.post_softmax_proj).contiguous()
        return attn
