"""DETR / nn.Transformer style FFN: the activation comes from a constructor argument through a string
lookup helper (default "relu"); Xavier on linear1, whose output goes through that ReLU into linear2."""

import torch.nn as nn
import torch.nn.functional as F


def _get_activation_fn(activation):
    if activation == "relu":
        return F.relu
    if activation == "gelu":
        return F.gelu
    raise RuntimeError(f"activation should be relu/gelu, not {activation}.")


class FeedForward(nn.Module):
    def __init__(self, d_model, dim_feedforward=2048, dropout=0.1, activation="relu"):
        super().__init__()
        self.linear1 = nn.Linear(d_model, dim_feedforward)
        self.dropout = nn.Dropout(dropout)
        self.linear2 = nn.Linear(dim_feedforward, d_model)
        self.activation = _get_activation_fn(activation)
        nn.init.xavier_uniform_(self.linear1.weight)  # expect: INI101
        nn.init.xavier_uniform_(self.linear2.weight)

    def forward(self, src):
        return src + self.linear2(self.dropout(self.activation(self.linear1(src))))
