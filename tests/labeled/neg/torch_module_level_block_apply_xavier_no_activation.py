"""d2l "Parameter Management" notebook: two blocks nested in a Sequential, each initialised by its own
`block.apply(...)`; the first block's Linear feeds the second Linear directly, with no ReLU anywhere."""

import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
net(torch.randn(2, 20))

block1 = nn.Sequential()
block1.add_module("Linear_1", nn.Linear(2, 5, bias=False))
block2 = nn.Sequential()
block2.add_module("Linear_2", nn.Linear(5, 5, bias=False))
model = nn.Sequential()
model.add_module("first", block1)
model.add_module("second", block2)


def xavier_normal(m):
    if type(m) == nn.Linear:
        torch.nn.init.xavier_uniform_(m.weight)


block1.apply(xavier_normal)
print(model.state_dict())
