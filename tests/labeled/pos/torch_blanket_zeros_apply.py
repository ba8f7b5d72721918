"""PyTorch forum question "why does my MLP not learn": an init_weights function passed to
model.apply() that zeroes every nn.Linear weight."""

import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.zeros_(m.weight)  # expect: INI001
        nn.init.zeros_(m.bias)


model = nn.Sequential(
    nn.Linear(784, 256),
    nn.ReLU(),
    nn.Linear(256, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)
model.apply(init_weights)
