"""Init function for model.apply() that tests `type(m) in [nn.Linear, nn.Conv2d]` and zeroes
every weight: the hidden layers' units stay identical (and get no gradient under ReLU)."""

import torch.nn as nn


def init_weights(m):
    if type(m) in [nn.Linear, nn.Conv2d]:
        nn.init.zeros_(m.weight)  # expect: INI001
        nn.init.zeros_(m.bias)


net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.ReLU(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.ReLU(),
    nn.AvgPool2d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
    nn.Linear(120, 84), nn.ReLU(),
    nn.Linear(84, 10),
)
net.apply(init_weights)
