"""One `weights_init` applied by two model classes whose convs all go through BatchNorm before the
ReLU: BatchNorm rescales each conv's output, so the init's scale does not reach the ReLU."""
import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Conv") != -1:
        nn.init.xavier_uniform_(m.weight.data)
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
