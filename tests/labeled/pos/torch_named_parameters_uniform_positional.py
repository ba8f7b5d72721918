"""Seq2seq (bentrevett pytorch-seq2seq layout) init_weights meant as U(-0.08, 0.08) but written
nn.init.uniform_(param.data, 0.08): the lower bound is 0.08, so every tensor is U(0.08, 1).
An unfiltered loop over named_parameters() is blanket."""

import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim=7853, emb_dim=256, hid_dim=512, n_layers=2):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers)
        self.fc = nn.Linear(hid_dim, hid_dim)

    def forward(self, src):
        outputs, (hidden, cell) = self.rnn(self.embedding(src))
        return self.fc(outputs), hidden, cell


def init_weights(m):
    for name, param in m.named_parameters():
        nn.init.uniform_(param.data, 0.08)  # expect: INI006


model = Encoder()
model.apply(init_weights)
