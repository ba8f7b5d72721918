"""A DCGAN discriminator for one-channel images by default (`in_channels=1`): `normal_(w, 0.0, 0.02)` on every
conv gives the first 4 x 4 conv (fan-in 16, into LeakyReLU(0.2)) under a tenth of He's std for that slope
(0.0347): the parameter default is a known size (RULES: known fan-in decides)."""

import torch.nn as nn


class Discriminator(nn.Module):
    def __init__(self, in_channels=1, base=64):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(in_channels, base, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(base, base * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(base * 2),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(base * 2, 1, 7, 1, 0, bias=False),
        )
        self.apply(self.init_weights)

    @staticmethod
    def init_weights(m):
        if isinstance(m, nn.Conv2d):
            nn.init.normal_(m.weight, 0.0, 0.02)  # expect: INI003
        elif isinstance(m, nn.BatchNorm2d):
            nn.init.normal_(m.weight, 1.0, 0.02)
            nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.net(x).view(-1)
