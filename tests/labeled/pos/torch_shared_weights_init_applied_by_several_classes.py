"""One `weights_init` applied by every model class of the file (VQ-VAE style). The encoder's convs
go through BatchNorm, but the prior's output head feeds ReLU directly: Xavier there halves the
activation variance (He is the ReLU scale)."""
import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.xavier_uniform_(m.weight.data)  # expect: INI101
        m.bias.data.fill_(0)


class Encoder(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(3, dim, 4, 2, 1), nn.BatchNorm2d(dim), nn.ReLU(True),
            nn.Conv2d(dim, dim, 4, 2, 1), nn.BatchNorm2d(dim),
        )
        self.apply(weights_init)

    def forward(self, x):
        return self.net(x)


class Prior(nn.Module):
    def __init__(self, dim, n_codes):
        super().__init__()
        self.output_conv = nn.Sequential(nn.Conv2d(dim, 512, 1), nn.ReLU(True), nn.Conv2d(512, n_codes, 1))
        self.apply(weights_init)

    def forward(self, h):
        return self.output_conv(h)
