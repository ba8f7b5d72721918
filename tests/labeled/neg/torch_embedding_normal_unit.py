"""Token and position embeddings initialised N(0, 1) (nn.Embedding's own default, written
explicitly as in many seq2seq tutorials): embeddings are lookups, not weight matrices."""

import torch.nn as nn


class Seq2SeqEncoder(nn.Module):
    def __init__(self, vocab_size=10000, emb_dim=256, hid_dim=512, max_len=100):
        super().__init__()
        self.tok_embedding = nn.Embedding(vocab_size, emb_dim)
        self.pos_embedding = nn.Embedding(max_len, emb_dim)
        nn.init.normal_(self.tok_embedding.weight)
        nn.init.normal_(self.pos_embedding.weight, mean=0.0, std=1.0)
        self.rnn = nn.GRU(emb_dim, hid_dim, batch_first=True)

    def forward(self, src, positions):
        embedded = self.tok_embedding(src) + self.pos_embedding(positions)
        outputs, hidden = self.rnn(embedded)
        return outputs, hidden
