"""Decoder that applies Xavier to every transposed conv through weights_init; each conv feeds a
ReLU that is followed by BatchNorm before the next conv. BN rescales every channel to unit
variance, so the Xavier/ReLU variance loss never compounds and the pairing is harmless."""

import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.xavier_uniform_(m.weight.data)
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
