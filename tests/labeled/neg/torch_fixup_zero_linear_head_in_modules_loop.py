"""Fixup ResNet (Zhang et al. 2019): a `for m in self.modules()` loop zeroes every nn.Linear, but the only
Linear of the network is its classifier head; the head's output is the network output, so it is fine."""

import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, planes):
        super().__init__()
        self.conv1 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.scale = nn.Parameter(torch.ones(1))

    def forward(self, x):
        out = torch.relu(self.conv1(x))
        return torch.relu(x + self.conv2(out) * self.scale)


class FixupNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1, bias=False)
        self.layer1 = nn.Sequential(Block(16), Block(16))
        self.fc = nn.Linear(16, num_classes)
        for m in self.modules():
            if isinstance(m, Block):
                nn.init.constant_(m.conv2.weight, 0)
            elif isinstance(m, nn.Linear):
                nn.init.constant_(m.weight, 0)
                nn.init.constant_(m.bias, 0)

    def forward(self, x):
        x = self.layer1(torch.relu(self.conv1(x)))
        x = x.mean(dim=(2, 3))
        return self.fc(x)
