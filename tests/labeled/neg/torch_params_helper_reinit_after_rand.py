"""An LLM-from-scratch book's RNN language model: the cell draws its matrices with torch.rand (all
positive), and the notebook then calls initialize_weights(model), which re-draws every parameter with more than one
dimension with xavier_uniform_ before training: the torch.rand values are never trained."""
import torch
import torch.nn as nn


def initialize_weights(model):
    for name, param in model.named_parameters():
        if param.dim() > 1:
            nn.init.xavier_uniform_(param)
        else:
            nn.init.uniform_(param)


class ElmanRNNUnit(nn.Module):
    def __init__(self, emb_dim):
        super().__init__()
        self.Uh = nn.Parameter(torch.rand(emb_dim, emb_dim))
        self.Wh = nn.Parameter(torch.rand(emb_dim, emb_dim))
        self.b = nn.Parameter(torch.rand(emb_dim))

    def forward(self, x, h):
        return torch.tanh(x @ self.Wh + h @ self.Uh + self.b)


class RecurrentLanguageModel(nn.Module):
    def __init__(self, vocab_size, emb_dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        self.cell = ElmanRNNUnit(emb_dim)
        self.fc = nn.Linear(emb_dim, vocab_size)

    def forward(self, tokens, h):
        for t in range(tokens.size(1)):
            h = self.cell(self.embedding(tokens[:, t]), h)
        return self.fc(h), h


model = RecurrentLanguageModel(10000, 128)
initialize_weights(model)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
