"""nn.init.uniform_(w, 0.1) meant as "+-0.1": the second parameter is the lower bound a,
so weights are U(0.1, 1) -- all positive."""

import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken=10000, ninp=200, nhid=200):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid)
        self.hidden = nn.Linear(nhid, nhid)
        self.decoder = nn.Linear(nhid, ntoken)
        nn.init.uniform_(self.hidden.weight, 0.1)  # expect: INI006

    def forward(self, tokens):
        out, _ = self.rnn(self.encoder(tokens))
        return self.decoder(self.hidden(out).relu())
