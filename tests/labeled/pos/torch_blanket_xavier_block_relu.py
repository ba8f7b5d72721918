"""A model-wide Xavier blanket (`for p in self.parameters(): if p.dim() > 1: xavier_normal_(p)`) over a model
whose encoder block returns `F.relu(conv(x))` into the next block: that ReLU is a hidden activation, and Xavier
halves the variance at each such layer."""

import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, n_filters, kernel):
        super().__init__()
        self.conv = nn.Conv1d(1, n_filters, kernel_size=kernel, stride=kernel // 2, bias=False)

    def forward(self, x):
        return F.relu(self.conv(x.unsqueeze(1)))


class Decoder(nn.Module):
    def __init__(self, n_filters, kernel):
        super().__init__()
        self.proj = nn.Linear(n_filters, kernel, bias=False)

    def forward(self, w):
        return self.proj(w.transpose(1, 2))


class Separator(nn.Module):
    def __init__(self, n_filters=256, kernel=20):
        super().__init__()
        self.encoder = Encoder(n_filters, kernel)
        self.decoder = Decoder(n_filters, kernel)
        for p in self.parameters():
            if p.dim() > 1:
                nn.init.xavier_normal_(p)  # expect: INI101

    def forward(self, mixture):
        return self.decoder(self.encoder(mixture))
