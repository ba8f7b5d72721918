"""The same wrapper with the ReLU off by default (`relu=False`), and a graph-attention projection whose
features leave the layer as they are while only the attention scores computed from them pass a LeakyReLU:
no hidden ReLU after either Xavier-initialised layer."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class FC(nn.Module):
    def __init__(self, in_features, out_features, relu=False):
        super().__init__()
        self.fc = nn.Linear(in_features, out_features)
        nn.init.xavier_normal_(self.fc.weight)
        self.relu = nn.ReLU(inplace=True) if relu else None

    def forward(self, x):
        x = self.fc(x)
        if self.relu is not None:
            x = self.relu(x)
        return x


class GATProjection(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.linear_proj = nn.Linear(d_in, d_out, bias=False)
        self.att = nn.Parameter(torch.empty(2 * d_out))
        nn.init.xavier_uniform_(self.linear_proj.weight)

    def forward(self, x, edges):
        h = self.linear_proj(x)
        pair = torch.cat([h[edges[0]], h[edges[1]]], dim=-1)
        scores = F.leaky_relu(pair @ self.att, 0.2)
        weights = torch.softmax(scores, dim=0)
        return torch.zeros_like(h).index_add_(0, edges[1], weights.unsqueeze(-1) * h[edges[0]])
