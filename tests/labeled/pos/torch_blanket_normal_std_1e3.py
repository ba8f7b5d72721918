"""init function for model.apply() with std=1e-3 on every Linear of a 4-layer ReLU MLP."""

import torch.nn as nn


def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, mean=0.0, std=1e-3)  # expect: INI003
        nn.init.zeros_(m.bias)


model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(784, 512), nn.ReLU(),
    nn.Linear(512, 512), nn.ReLU(),
    nn.Linear(512, 256), nn.ReLU(),
    nn.Linear(256, 10),
)
model.apply(init_weights)
