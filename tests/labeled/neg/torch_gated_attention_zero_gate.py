"""ESMFold / AlphaFold gated attention: the gate projection starts at weight 0, bias 1, so
sigmoid(g(x)) is a constant 0.73 that multiplies the attention output. The gate's output
multiplies another path; it does not feed further layers through a nonlinearity."""

import torch
import torch.nn as nn


class GatedAttention(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.proj = nn.Linear(embed_dim, embed_dim * 3, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim)
        self.g_proj = nn.Linear(embed_dim, embed_dim)
        torch.nn.init.zeros_(self.g_proj.weight)
        torch.nn.init.ones_(self.g_proj.bias)

    def forward(self, x):
        q, k, v = self.proj(x).chunk(3, dim=-1)
        a = torch.softmax(q @ k.transpose(-1, -2) / q.shape[-1] ** 0.5, dim=-1)
        y = a @ v
        y = self.g_proj(x).sigmoid() * y
        return self.o_proj(y)
