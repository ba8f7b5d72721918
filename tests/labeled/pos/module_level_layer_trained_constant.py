"""The same module-level layer, but this script trains it: the constant kernel makes every unit identical."""

import torch
import torch.nn as nn
import torch.nn.init as init

x, y = torch.randn(64, 16), torch.randn(64, 8)
fc = nn.Linear(16, 8)
init.constant_(fc.weight.data, 0.5)  # expect: INI002
opt = torch.optim.SGD(fc.parameters(), lr=0.1)
for _ in range(100):
    opt.zero_grad()
    loss = ((fc(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
