"""A deep MLP initialised like VGG's classifier but with std 0.001: for fan-in 1024
under ReLU that is below a tenth of He (0.044), so the signal vanishes."""

import torch.nn as nn


class DeepMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(1024, 1024), nn.ReLU(),
            nn.Linear(1024, 1024), nn.ReLU(),
            nn.Linear(1024, 1024), nn.ReLU(),
            nn.Linear(1024, 10),
        )
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0, 0.001)  # expect: INI003
                nn.init.constant_(m.bias, 0)

    def forward(self, x):
        return self.net(x)
