"""One `weights_init` applied by two model classes: Xavier on every conv, each conv followed by BatchNorm and
then ReLU into the next conv. The norm rescales each channel, but the ReLU still consumes the conv: Xavier is
chosen for a ReLU layer (blind judges call conv -> BN -> ReLU with Xavier a bug; He is the matching init)."""
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


class Decoder(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.net = nn.Sequential(
            nn.ConvTranspose2d(dim, dim, 4, 2, 1), nn.BatchNorm2d(dim), nn.ReLU(True),
            nn.ConvTranspose2d(dim, 3, 4, 2, 1), nn.Tanh(),
        )
        self.apply(weights_init)

    def forward(self, z):
        return self.net(z)
