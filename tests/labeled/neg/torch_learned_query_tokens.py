"""DETR/Perceiver-style learned queries: a table of query tokens drawn N(0, 1), looked up, never a projection
matrix (RULES: tokens and embeddings) -- silent, while the projection beside it is Xavier-initialised."""

import torch
import torch.nn as nn


class QueryDecoder(nn.Module):
    def __init__(self, num_queries=100, dim=256):
        super().__init__()
        self.query = nn.Parameter(torch.randn(num_queries, dim))
        self.queries = nn.Parameter(torch.randn(1, num_queries, dim))
        self.proj = nn.Linear(dim, dim)
        nn.init.xavier_uniform_(self.proj.weight)

    def forward(self, memory):
        q = self.query.unsqueeze(0).expand(memory.shape[0], -1, -1) + self.queries
        attn = torch.softmax(q @ self.proj(memory).transpose(1, 2), dim=-1)
        return attn @ memory
