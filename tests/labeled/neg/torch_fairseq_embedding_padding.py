"""fairseq Embedding(): normal_(std=embedding_dim ** -0.5) and the padding_idx row set to 0."""

import torch.nn as nn


def Embedding(num_embeddings, embedding_dim, padding_idx):
    m = nn.Embedding(num_embeddings, embedding_dim, padding_idx=padding_idx)
    nn.init.normal_(m.weight, mean=0, std=embedding_dim ** -0.5)
    nn.init.constant_(m.weight[padding_idx], 0)
    return m


class TokenEncoder(nn.Module):
    def __init__(self, vocab=32000, dim=512, pad=1):
        super().__init__()
        self.embed_tokens = Embedding(vocab, dim, pad)
        self.proj = nn.Linear(dim, dim)

    def forward(self, tokens):
        return self.proj(self.embed_tokens(tokens))
