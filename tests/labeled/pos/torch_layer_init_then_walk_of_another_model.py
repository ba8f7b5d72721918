"""Xavier on the first layer of one Sequential (it feeds ReLU), then a walk that re-initialises the Linear
layers of a second model: the first network keeps its Xavier layer in front of ReLU."""

import torch
from torch import nn
from torch.nn import init

net1 = nn.Sequential(nn.Linear(50, 100), nn.ReLU(True), nn.Linear(100, 10))
init.xavier_uniform_(net1[0].weight)  # expect: INI101

net2 = nn.Sequential(nn.Linear(50, 100), nn.Tanh(), nn.Linear(100, 10))
for layer in net2:
    if isinstance(layer, nn.Linear):
        init.xavier_normal_(layer.weight)

params = list(net1.parameters()) + list(net2.parameters())
optimizer = torch.optim.SGD(params, lr=0.01)
