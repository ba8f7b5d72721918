"""Xavier over the parameters of one sub-module whose first Linear feeds an ELU (a ReLU-family activation):
each such layer halves the signal's variance; He is the match."""

import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.encoder_layer = nn.Sequential(nn.Linear(d_in, d_hidden), nn.ELU(), nn.Linear(d_hidden, d_hidden))
        self.rnn = nn.LSTMCell(d_hidden, d_hidden)
        self.out = nn.Linear(d_hidden, d_out)
        for p in self.encoder_layer.parameters():
            if p.dim() > 1:
                nn.init.xavier_normal_(p)  # expect: INI101
            else:
                p.data.zero_()

    def forward(self, x, state):
        h, c = self.rnn(self.encoder_layer(x), state)
        return self.out(h), (h, c)
