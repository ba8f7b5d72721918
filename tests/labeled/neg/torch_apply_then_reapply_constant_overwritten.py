"""A tutorial walking through init choices on one net: a constant fill applied first, then the whole
net re-initialised with He by a later .apply. The constant never reaches training."""

import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


def init_constant(module):
    if type(module) == nn.Linear:
        nn.init.constant_(module.weight, 1)
        nn.init.zeros_(module.bias)


def init_he(module):
    if type(module) == nn.Linear:
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


net.apply(init_constant)
print(net[0].weight.data[0])
net.apply(init_he)

optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for X, y in [(torch.rand(2, 4), torch.rand(2, 1))]:
    loss = ((net(X) - y) ** 2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
