"""A file of init functions that applies its He one (`net.apply(init_kaiming_uniform)` under `__main__`) to a
network whose hidden layers feed sigmoid: the declared relu gain is not the activation its layers feed."""

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
        nn.init.kaiming_uniform_(module.weight, nonlinearity="relu")  # expect: INI103
        nn.init.zeros_(module.bias)


if __name__ == "__main__":
    net = Regressor()
    net.apply(init_kaiming_uniform)
