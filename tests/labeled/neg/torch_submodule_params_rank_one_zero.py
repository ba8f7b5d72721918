"""Per-sub-module init loops that split parameters by rank written as `len(p.size())`: matrices get He,
vectors (the biases) are zeroed. Zero biases are the default choice (RULES), and the one-line `if` bodies
hold nothing else."""

import torch.nn as nn
import torch.nn.init as nn_init


class Classifier(nn.Module):
    def __init__(self, d_in, d_hidden, n_labels):
        super().__init__()
        self.body = nn.Sequential(nn.Conv1d(d_in, d_hidden, 3), nn.ReLU(), nn.Conv1d(d_hidden, d_hidden, 3), nn.ReLU())
        self.head = nn.Conv1d(d_hidden, n_labels, 1)
        for p in self.body.parameters():
            if len(p.size()) > 1: nn_init.kaiming_uniform_(p)
            if len(p.size()) == 1: p.data.zero_()
        for p in self.head.parameters():
            if len(p.size()) == 1: p.data.zero_()

    def forward(self, x):
        return self.head(self.body(x))
