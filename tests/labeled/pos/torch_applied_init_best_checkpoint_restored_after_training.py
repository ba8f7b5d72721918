"""A notebook-style script: a visitor given to `model.apply` puts Xavier on every Conv1d, whose outputs go
through ReLU; the model is trained, and the best epoch's checkpoint is loaded afterwards for testing. The
checkpoint holds what the Xavier init was trained into: the init is what training started from."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab, emb_dim, n_filters, sizes, n_out):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.convs = nn.ModuleList([nn.Conv1d(emb_dim, n_filters, k) for k in sizes])
        self.fc = nn.Linear(len(sizes) * n_filters, n_out)

    def forward(self, text):
        x = self.embedding(text).permute(0, 2, 1)
        conved = [F.relu(conv(x)) for conv in self.convs]
        pooled = [F.max_pool1d(c, c.shape[-1]).squeeze(-1) for c in conved]
        return self.fc(torch.cat(pooled, dim=-1))


model = TextCNN(25000, 100, 100, [3, 4, 5], 2)


def init_weights(m):
    if isinstance(m, nn.Conv1d):
        nn.init.xavier_uniform_(m.weight)  # expect: INI101
        nn.init.zeros_(m.bias)


model.apply(init_weights)
optimizer = torch.optim.Adam(model.parameters())


def train_epoch(model, batches, optimizer):
    for text, labels in batches:
        optimizer.zero_grad()
        loss = F.cross_entropy(model(text), labels)
        loss.backward()
        optimizer.step()
    return loss.item()


best = float("inf")
for epoch in range(10):
    loss = train_epoch(model, train_batches, optimizer)
    if loss < best:
        best = loss
        torch.save(model.state_dict(), "best.pt")

model.load_state_dict(torch.load("best.pt"))
