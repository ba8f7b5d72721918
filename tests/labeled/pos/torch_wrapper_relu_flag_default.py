"""Faster R-CNN's layer wrappers: `FC`/`Conv2d` modules that Xavier-initialise their layer and apply
`nn.ReLU` unless built with `relu=False`. Nothing in this file turns it off, so the wrapped layer feeds ReLU
(the network files build fc6/fc7 with the default)."""

import torch.nn as nn


class FC(nn.Module):
    def __init__(self, in_features, out_features, relu=True):
        super().__init__()
        self.fc = nn.Linear(in_features, out_features)
        nn.init.xavier_normal_(self.fc.weight)  # expect: INI101
        self.relu = nn.ReLU(inplace=True) if relu else None

    def forward(self, x):
        x = self.fc(x)
        if self.relu is not None:
            x = self.relu(x)
        return x
