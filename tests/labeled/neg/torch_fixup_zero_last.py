"""Fixup (Zhang et al. 2019) FixupBasicBlock init: conv1 normal with std scaled by
num_layers ** -0.5, conv2 (last layer of the residual branch) zeroed, classifier zeroed."""

import numpy as np
import torch
import torch.nn as nn


class FixupBasicBlock(nn.Module):
    def __init__(self, planes):
        super().__init__()
        self.conv1 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.scale = nn.Parameter(torch.ones(1))
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        out = self.relu(self.conv1(x))
        out = self.conv2(out) * self.scale
        return self.relu(out + x)


class FixupResNet(nn.Module):
    def __init__(self, num_layers=8, planes=64, num_classes=10):
        super().__init__()
        self.blocks = nn.Sequential(*[FixupBasicBlock(planes) for _ in range(num_layers)])
        self.fc = nn.Linear(planes, num_classes)
        for m in self.modules():
            if isinstance(m, FixupBasicBlock):
                fan = m.conv1.weight.shape[0] * np.prod(m.conv1.weight.shape[2:])
                nn.init.normal_(m.conv1.weight, mean=0, std=np.sqrt(2 / fan) * num_layers ** (-0.5))
                nn.init.constant_(m.conv2.weight, 0)
        nn.init.constant_(self.fc.weight, 0)
        nn.init.constant_(self.fc.bias, 0)
