"""Old-style weights_init dispatching on `m.__class__.__name__`; the Linear branch fills every
weight with 0.05, so all hidden units compute the same function."""

import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Linear") != -1:
        nn.init.constant_(m.weight, 0.05)  # expect: INI002
        nn.init.constant_(m.bias, 0.0)
    elif classname.find("BatchNorm") != -1:
        nn.init.constant_(m.weight, 1.0)
        nn.init.constant_(m.bias, 0.0)


class Regressor(nn.Module):
    def __init__(self, n_in=13):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, 64), nn.BatchNorm1d(64), nn.ReLU(),
            nn.Linear(64, 64), nn.BatchNorm1d(64), nn.ReLU(),
            nn.Linear(64, 1),
        )
        self.apply(weights_init)

    def forward(self, x):
        return self.net(x)
