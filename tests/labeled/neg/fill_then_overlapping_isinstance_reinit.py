"""Zeros for every Conv2d, then a second `if` over (Conv2d, Linear) that re-initialises them with He: the
second test covers the first one's type, so the zeros are overwritten (fill-then-overwrite)."""

import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 16, 3)
        self.fc = nn.Linear(16, 10)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.zeros_(m.weight)
            if isinstance(m, (nn.Conv2d, nn.Linear)):
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")

    def forward(self, x):
        return self.fc(nn.functional.relu(self.conv(x)).mean((2, 3)))
