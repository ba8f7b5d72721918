"""fairseq-style layer helper: Linear() gives every layer Xavier and a zero bias; the FFN uses GELU
(Xavier with GELU is the transformer standard)."""

import torch.nn as nn
import torch.nn.functional as F


def Linear(in_features, out_features, bias=True):
    m = nn.Linear(in_features, out_features, bias)
    nn.init.xavier_uniform_(m.weight)
    if bias:
        nn.init.constant_(m.bias, 0.0)
    return m


class TransformerEncoderLayer(nn.Module):
    def __init__(self, embed_dim=512, ffn_dim=2048):
        super().__init__()
        self.fc1 = Linear(embed_dim, ffn_dim)
        self.fc2 = Linear(ffn_dim, embed_dim)

    def forward(self, x):
        residual = x
        x = F.gelu(self.fc1(x))
        x = self.fc2(x)
        return residual + x
