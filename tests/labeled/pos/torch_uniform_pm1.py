"""Hidden layer drawn from U(-1, 1) with nn.init.uniform_ on a 512-input layer
(bound 1 with fan-in 512 is ~40x the Kaiming bound)."""

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(512, 512)
        self.out = nn.Linear(512, 64)
        nn.init.uniform_(self.hidden.weight, -1.0, 1.0)  # expect: INI004
        nn.init.zeros_(self.hidden.bias)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))
