"""bentrevett pytorch-seq2seq tutorial 1 (Sutskever et al. 2014): every parameter
U(-0.08, 0.08) via an unfiltered named_parameters() loop -- centred, sensible scale."""

import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim=7853, emb_dim=256, hid_dim=512, n_layers=2, dropout=0.5):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, (hidden, cell) = self.rnn(embedded)
        return hidden, cell


def init_weights(m):
    for name, param in m.named_parameters():
        nn.init.uniform_(param.data, -0.08, 0.08)


model = Encoder()
model.apply(init_weights)
