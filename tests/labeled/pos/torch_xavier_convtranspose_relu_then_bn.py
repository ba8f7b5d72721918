"""Decoder that applies Xavier to every transposed conv through weights_init; each conv feeds a ReLU that is
followed by BatchNorm before the next conv: the ReLU consumes the conv's raw output, so the Xavier/ReLU
pairing holds whatever normalises the activation afterwards."""

import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.xavier_uniform_(m.weight.data)  # expect: INI101
        m.bias.data.fill_(0)


class Decoder(nn.Module):
    def __init__(self, dim=128):
        super().__init__()
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(dim, dim, 3, (2, 2), 1),
            nn.ReLU(True),
            nn.BatchNorm2d(dim),
            nn.ConvTranspose2d(dim, dim, 4, (2, 2), 1),
            nn.ReLU(),
            nn.BatchNorm2d(dim),
            nn.ConvTranspose2d(dim, 1, 4, (2, 2), 1),
        )
        self.apply(weights_init)

    def forward(self, z):
        return self.decoder(z)
