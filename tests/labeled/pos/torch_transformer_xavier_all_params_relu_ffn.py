"""Reference Transformer (DETR / "Attention is all you need" style): Xavier on every matrix parameter,
while each FFN's linear1 feeds ReLU (the activation plumbed through `activation="relu"` and a lookup
helper defined below the classes)."""

import torch.nn as nn
import torch.nn.functional as F


class Transformer(nn.Module):
    def __init__(self, d_model=512, nhead=8, num_layers=6, dim_feedforward=2048, activation="relu"):
        super().__init__()
        self.layers = nn.ModuleList(
            [EncoderLayer(d_model, nhead, dim_feedforward, activation) for _ in range(num_layers)])
        self._reset_parameters()

    def _reset_parameters(self):
        for p in self.parameters():
            if p.dim() > 1:
                nn.init.xavier_uniform_(p)  # expect: INI101

    def forward(self, src):
        for layer in self.layers:
            src = layer(src)
        return src


class EncoderLayer(nn.Module):
    def __init__(self, d_model, nhead, dim_feedforward=2048, activation="relu"):
        super().__init__()
        self.self_attn = nn.MultiheadAttention(d_model, nhead)
        self.linear1 = nn.Linear(d_model, dim_feedforward)
        self.linear2 = nn.Linear(dim_feedforward, d_model)
        self.norm1 = nn.LayerNorm(d_model)
        self.norm2 = nn.LayerNorm(d_model)
        self.activation = _get_activation_fn(activation)

    def forward(self, src):
        src = self.norm1(src + self.self_attn(src, src, src)[0])
        return self.norm2(src + self.linear2(self.activation(self.linear1(src))))


def _get_activation_fn(activation):
    if activation == "relu":
        return F.relu
    if activation == "gelu":
        return F.gelu
    raise RuntimeError(f"activation should be relu/gelu, not {activation}.")
