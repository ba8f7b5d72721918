"""Kim's text CNN: the convolutions of a ModuleList are applied in a list comprehension, each through a ReLU,
so the Xavier init of each conv is paired with that ReLU."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class KimCNN(nn.Module):
    def __init__(self, vocab, dim=128, n_filters=100, sizes=(3, 4, 5), n_classes=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.convs = nn.ModuleList([nn.Conv2d(1, n_filters, (k, dim)) for k in sizes])
        self.fc = nn.Linear(len(sizes) * n_filters, n_classes)
        for conv in self.convs:
            nn.init.xavier_uniform_(conv.weight)  # expect: INI101

    def forward(self, x):
        x = self.embed(x).unsqueeze(1)
        x = [F.relu(conv(x)).squeeze(3) for conv in self.convs]
        x = [F.max_pool1d(i, i.size(2)).squeeze(2) for i in x]
        return self.fc(torch.cat(x, 1))
