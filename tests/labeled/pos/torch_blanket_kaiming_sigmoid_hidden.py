"""Old-school sigmoid autoencoder (nn.Sigmoid between layers) with a blanket
kaiming_uniform_ init in the constructor: He init feeding hidden sigmoids."""

import torch.nn as nn


class SigmoidAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(784, 256), nn.Sigmoid(),
            nn.Linear(256, 64), nn.Sigmoid(),
            nn.Linear(64, 256), nn.Sigmoid(),
            nn.Linear(256, 784),
        )
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.kaiming_uniform_(m.weight)  # expect: INI102
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.net(x)
