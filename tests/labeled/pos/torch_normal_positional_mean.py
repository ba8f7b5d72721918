"""DCGAN-style weights_init where nn.init.normal_(m.weight, 0.02) was meant as std=0.02:
the second parameter is the mean, the std stays 1."""

import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.normal_(m.weight, 0.02)  # expect: INI006
    elif classname.find("BatchNorm") != -1:
        nn.init.normal_(m.weight, 1.0, 0.02)
        nn.init.constant_(m.bias, 0)


netD = nn.Sequential(
    nn.Conv2d(3, 64, 4, 2, 1, bias=False), nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(64, 128, 4, 2, 1, bias=False), nn.BatchNorm2d(128), nn.LeakyReLU(0.2, inplace=True),
    nn.Conv2d(128, 1, 4, 1, 0, bias=False), nn.Sigmoid(),
)
netD.apply(weights_init)
