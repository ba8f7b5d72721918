"""A tutorial on initialisation: Xavier on the first layer of a Sequential, then a walk over that Sequential
that sets every Linear weight again (N(0, 0.05) from NumPy). The walk's value is what the network trains from;
the first init is overwritten."""

import numpy as np
import torch
from torch import nn
from torch.nn import init

net1 = nn.Sequential(nn.Linear(50, 100), nn.ReLU(True), nn.Linear(100, 200), nn.ReLU(True), nn.Linear(200, 10))
init.xavier_uniform_(net1[0].weight)
for layer in net1:
    if isinstance(layer, nn.Linear):
        layer.weight.data = torch.from_numpy(np.random.normal(0, 0.05, size=layer.weight.shape)).float()

optimizer = torch.optim.SGD(net1.parameters(), lr=0.01)
