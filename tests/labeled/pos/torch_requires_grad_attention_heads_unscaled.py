"""A from-scratch attention head: projections drawn with torch.randn(..., requires_grad=True), autograd leaves
made to be trained (by an optimizer elsewhere), unscaled std 1 on a d_model-wide input."""

import torch


class HeadAttention:
    def __init__(self, dmodel, dim_head):
        self.wq = torch.randn(dmodel, dim_head, requires_grad=True)  # expect: INI004
        self.wk = torch.randn(dmodel, dim_head, requires_grad=True)  # expect: INI004
        self.wv = torch.randn(dmodel, dim_head, requires_grad=True)  # expect: INI004

    def forward(self, x):
        scores = torch.softmax((x @ self.wq) @ (x @ self.wk).transpose(-2, -1), dim=-1)
        return scores @ (x @ self.wv)


class MultiHead:
    def __init__(self, dmodel, n_heads):
        self.heads = [HeadAttention(dmodel, dmodel // n_heads) for _ in range(n_heads)]

    def forward(self, x):
        return torch.cat([h.forward(x) for h in self.heads], dim=-1)
