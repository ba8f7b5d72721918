"""Fill-then-overwrite through one local: `m = self.fc1` is drawn N(0, 1) and, with `m` still naming the same
layer, re-initialised with He right after; nothing is reported."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        with torch.no_grad():
            m = self.fc1
            m.weight.normal_(0.0, 1.0)
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
