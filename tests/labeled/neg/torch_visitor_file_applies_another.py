"""A file of init functions that applies one of them (`net.apply(init_normal)` under `__main__`) and defines
others it never applies (`init_kaiming_uniform`): which networks get those is decided elsewhere, so the
sigmoid network of this file is no consumer of the He init nobody gives it."""

import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Sequential(nn.Linear(32, 64), nn.Sigmoid(), nn.Linear(64, 64), nn.Sigmoid())
        self.out = nn.Linear(64, 1)

    def forward(self, x):
        return self.out(self.hidden(x))


def init_normal(module):
    if type(module) == nn.Linear:
        nn.init.normal_(module.weight, mean=0, std=0.1)
        nn.init.zeros_(module.bias)


def init_kaiming_uniform(module):
    if type(module) == nn.Linear:
        nn.init.kaiming_uniform_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


if __name__ == "__main__":
    net = Regressor()
    net.apply(init_normal)
