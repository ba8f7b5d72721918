"""Zeros written through a loop over one layer's own tensors, where that layer is the hidden one
(`for p in self.fc1.parameters(): p.data.zero_()`, fc1 feeding ReLU): its units start identical and, under
ReLU with a zero bias, get no gradient."""

import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(64, 256)
        self.fc2 = nn.Linear(256, 10)
        for p in self.fc1.parameters():
            p.data.zero_()  # expect: INI001

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
