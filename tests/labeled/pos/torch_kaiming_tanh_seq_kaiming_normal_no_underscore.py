"""Value network as nn.Sequential with nn.Tanh hidden activations; the deprecated
nn.init.kaiming_normal (no trailing underscore) is applied to the first two layers."""

import torch.nn as nn

value_net = nn.Sequential(
    nn.Linear(11, 64),
    nn.Tanh(),
    nn.Linear(64, 64),
    nn.Tanh(),
    nn.Linear(64, 1),
)
nn.init.kaiming_normal(value_net[0].weight)  # expect: INI102
nn.init.kaiming_normal(value_net[2].weight)  # expect: INI102
