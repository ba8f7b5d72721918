"""A hand-written linear module keeps its weight as a plain tensor and makes it trainable afterwards
(`self.weight.requires_grad = True`); the network applies a ReLU module of its own between the layers: the
LeCun scale in front of ReLU."""

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class MyLinear(nn.Module):
    def __init__(self, _in, _out):
        super().__init__()
        self.weight = torch.randn(_out, _in) * np.sqrt(1 / _in)  # expect: INI101
        self.weight.requires_grad = True
        self.bias = nn.Parameter(torch.zeros(_out))

    def forward(self, x):
        return x @ self.weight.T + self.bias


class ReLUModule(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x):
        return x.clamp(min=0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = MyLinear(784, 256)
        self.fc2 = MyLinear(256, 256)
        self.fc3 = MyLinear(256, 10)
        self.relu = ReLUModule()

    def forward(self, x):
        x = self.relu(self.fc1(x))
        x = self.relu(self.fc2(x))
        return self.fc3(x)
