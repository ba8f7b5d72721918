"""GRU encoder with orthogonal_ recurrent weights and a numeric gain (orthogonal is never
paired), xavier input weights, zero biases."""

import torch.nn as nn


class GRUEncoder(nn.Module):
    def __init__(self, input_dim=64, hidden_dim=128):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, batch_first=True)
        nn.init.orthogonal_(self.gru.weight_hh_l0, gain=1.0)
        nn.init.xavier_uniform_(self.gru.weight_ih_l0)
        nn.init.zeros_(self.gru.bias_ih_l0)
        nn.init.zeros_(self.gru.bias_hh_l0)
        self.proj = nn.Linear(hidden_dim, hidden_dim)
        nn.init.orthogonal_(self.proj.weight, gain=nn.init.calculate_gain("relu"))

    def forward(self, x):
        out, h = self.gru(x)
        return self.proj(h[-1]).relu()
