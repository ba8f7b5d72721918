"""A model-wide Xavier blanket: the encoder conv's output goes through ReLU, then BatchNorm, into the head's
Linear. The ReLU consumes the conv (the norm after it changes nothing of that): Xavier chosen for a ReLU layer.
(The head's Linear is the output layer.)"""

import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, n_filters, kernel):
        super().__init__()
        self.conv = nn.Conv1d(1, n_filters, kernel_size=kernel, stride=kernel // 2, bias=False)

    def forward(self, x):
        return F.relu(self.conv(x.unsqueeze(1)))


class Head(nn.Module):
    def __init__(self, n_filters, n_out):
        super().__init__()
        self.proj = nn.Linear(n_filters, n_out)

    def forward(self, w):
        return self.proj(w.mean(-1))


class Classifier(nn.Module):
    def __init__(self, n_filters=256, kernel=20, n_out=10):
        super().__init__()
        self.encoder = Encoder(n_filters, kernel)
        self.norm = nn.BatchNorm1d(n_filters)
        self.head = Head(n_filters, n_out)
        for p in self.parameters():
            if p.dim() > 1:
                nn.init.xavier_normal_(p)  # expect: INI101

    def forward(self, signal):
        return self.head(self.norm(self.encoder(signal)))
