"""self.modules() loop calling nn.init.normal_(m.weight) with no std: N(0, 1) for every
Linear of a tabular MLP."""

import torch.nn as nn


class TabularMLP(nn.Module):
    def __init__(self, n_features=100, n_classes=3):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_features, 256), nn.ReLU(),
            nn.Linear(256, 128), nn.ReLU(),
            nn.Linear(128, n_classes),
        )
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight)  # expect: INI004
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.net(x)
