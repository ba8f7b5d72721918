"""makemore (from-scratch modules): an Embedding class whose weight is torch.randn and is
only indexed by token ids (self.weight[IX]): an embedding table, N(0, 1) is its default."""

import torch


class Embedding:
    def __init__(self, num_embeddings, embedding_dim):
        self.weight = torch.randn((num_embeddings, embedding_dim))

    def __call__(self, IX):
        self.out = self.weight[IX]
        return self.out

    def parameters(self):
        return [self.weight]


class Linear:
    def __init__(self, fan_in, fan_out):
        self.weight = torch.randn((fan_in, fan_out)) / fan_in ** 0.5

    def __call__(self, x):
        return x @ self.weight

    def parameters(self):
        return [self.weight]
