"""weights_init passed to model.apply() that sets every Linear weight to the same 0.1."""

import torch.nn as nn


def weights_init(m):
    classname = m.__class__.__name__
    if classname.find("Linear") != -1:
        nn.init.constant_(m.weight, 0.1)  # expect: INI002
        nn.init.constant_(m.bias, 0.0)


net = nn.Sequential(
    nn.Linear(20, 64),
    nn.Tanh(),
    nn.Linear(64, 64),
    nn.Tanh(),
    nn.Linear(64, 2),
)
net.apply(weights_init)
