"""Xavier over the parameters of one sub-module whose hidden Linear feeds tanh: the pairing Xavier is made
for."""

import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.encoder_layer = nn.Sequential(nn.Linear(d_in, d_hidden), nn.Tanh(), nn.Linear(d_hidden, d_hidden))
        self.rnn = nn.LSTMCell(d_hidden, d_hidden)
        self.out = nn.Linear(d_hidden, d_out)
        for p in self.encoder_layer.parameters():
            if p.dim() > 1:
                nn.init.xavier_normal_(p)
            else:
                p.data.zero_()

    def forward(self, x, state):
        h, c = self.rnn(self.encoder_layer(x), state)
        return self.out(h), (h, c)
