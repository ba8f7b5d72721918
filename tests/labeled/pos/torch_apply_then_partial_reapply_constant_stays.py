"""The same walk-through, but the later .apply only re-initialises net[0]: the constant fill stays on
the output layer net[2], and a constant weight is reported on any layer."""

import torch
import torch.nn as nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


def init_constant(module):
    if type(module) == nn.Linear:
        nn.init.constant_(module.weight, 1)  # expect: INI002
        nn.init.zeros_(module.bias)


def init_he(module):
    if type(module) == nn.Linear:
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


net.apply(init_constant)
print(net[0].weight.data[0])
net[0].apply(init_he)

optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for X, y in [(torch.rand(2, 4), torch.rand(2, 1))]:
    loss = ((net(X) - y) ** 2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
