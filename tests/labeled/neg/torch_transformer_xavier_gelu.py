"""Transformer MLP block with Xavier uniform (as in the "Attention is all you need"
implementations and DiT/MAE): Xavier + GELU is standard, GELU is not paired."""

import torch.nn as nn


class FeedForward(nn.Module):
    def __init__(self, dim=512, hidden=2048, dropout=0.1):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.act = nn.GELU()
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden, dim)
        nn.init.xavier_uniform_(self.fc1.weight)
        nn.init.xavier_uniform_(self.fc2.weight)
        nn.init.zeros_(self.fc1.bias)
        nn.init.zeros_(self.fc2.bias)

    def forward(self, x):
        return self.fc2(self.drop(self.act(self.fc1(x))))
