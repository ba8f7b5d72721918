"""for m in self.modules(): nn.init.ones_(m.weight) on every Linear of an autoencoder
(ones is a non-zero constant, INI002)."""

import torch.nn as nn


class AutoEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 32))
        self.decoder = nn.Sequential(nn.Linear(32, 128), nn.ReLU(), nn.Linear(128, 784), nn.Sigmoid())
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.ones_(m.weight)  # expect: INI002
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.decoder(self.encoder(x))
