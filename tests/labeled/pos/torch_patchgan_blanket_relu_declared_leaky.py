"""pix2pix/CycleGAN-style PatchGAN discriminator (Conv -> LeakyReLU(0.2)) whose init loop
declares nonlinearity="relu" for every conv (should be a=0.2, nonlinearity="leaky_relu")."""

import torch.nn as nn


class NLayerDiscriminator(nn.Module):
    def __init__(self, input_nc=3, ndf=64):
        super().__init__()
        self.model = nn.Sequential(
            nn.Conv2d(input_nc, ndf, 4, 2, 1), nn.LeakyReLU(0.2, True),
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1), nn.LeakyReLU(0.2, True),
            nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1), nn.LeakyReLU(0.2, True),
            nn.Conv2d(ndf * 4, 1, 4, 1, 1),
        )
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_in", nonlinearity="relu")  # expect: INI103
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.model(x)
