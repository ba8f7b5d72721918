"""The same module-level network, filled with ones and then trained: every unit of the hidden layer starts
identical and stays so (a constant fill, reported however the model is built)."""

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in):
        super().__init__()
        self.linears = nn.Sequential(nn.Linear(n_in, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, x):
        return self.linears(x)


net = Net(100)
net.linears[0].weight.detach().fill_(1.0)  # expect: INI002
opt = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(32, 100), torch.randn(32, 1)
net.train()
loss = ((net(x) - y) ** 2).mean()
opt.zero_grad()
loss.backward()
opt.step()
