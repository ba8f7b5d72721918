"""The keyword spelling of a small MLP's layers: std 0.001 on Linear(in_features=64, ...) is far below a tenth
of He at fan-in 64 (0.0177), on every hidden layer that feeds a ReLU."""

import torch.nn as nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features=64, out_features=64),
            nn.ReLU(),
            nn.Linear(in_features=64, out_features=64),
            nn.ReLU(),
            nn.Linear(in_features=64, out_features=10),
        )
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, std=0.001)  # expect: INI003

    def forward(self, x):
        return self.net(x)
