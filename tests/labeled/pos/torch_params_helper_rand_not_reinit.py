"""The same RNN cell drawn with torch.rand (all positive) in a notebook that defines an init helper but
trains a model it never passes to it: the positive weights are what training starts from, and they push every
tanh pre-activation the same way."""
import torch
import torch.nn as nn


def initialize_weights(model):
    for name, param in model.named_parameters():
        if param.dim() > 1:
            nn.init.xavier_uniform_(param)


class ElmanRNNUnit(nn.Module):
    def __init__(self, emb_dim):
        super().__init__()
        self.Uh = nn.Parameter(torch.rand(emb_dim, emb_dim))  # expect: INI005
        self.Wh = nn.Parameter(torch.rand(emb_dim, emb_dim))  # expect: INI005
        self.b = nn.Parameter(torch.zeros(emb_dim))

    def forward(self, x, h):
        return torch.tanh(x @ self.Wh + h @ self.Uh + self.b)


cell = ElmanRNNUnit(128)
other = nn.Linear(128, 128)
initialize_weights(other)
optimizer = torch.optim.SGD(cell.parameters(), lr=0.1)
