"""A course recitation compares initializations: `init_custom` draws a unit normal tensor of the weight's size and
copies it into every Linear's weight, std 1 at fan-in 784 before a ReLU."""

import torch
import torch.nn as nn


class FashionModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 64)
        self.fc3 = nn.Linear(64, 10)

    def forward(self, x):
        x = torch.relu(self.fc1(x.view(-1, 784)))
        x = torch.relu(self.fc2(x))
        return self.fc3(x)


def init_custom(m):
    if type(m) == nn.Linear:
        rw = torch.randn(m.weight.data.size())  # expect: INI004
        m.weight.data.copy_(rw)


custommodel = FashionModel()
custommodel.apply(init_custom)
optimizer = torch.optim.SGD(custommodel.parameters(), lr=0.01)
