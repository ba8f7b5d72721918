"""A torchvision-style residual block with Xavier on both convs: the second conv goes through its norm, is
added to the identity and then through the ReLU the block returns (post-activation ResNet): both convs feed ReLU."""

import torch
import torch.nn as nn


class BasicBlock(nn.Module):
    def __init__(self, planes):
        super().__init__()
        self.conv1 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        nn.init.xavier_uniform_(self.conv1.weight)  # expect: INI101
        nn.init.xavier_uniform_(self.conv2.weight)  # expect: INI101

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += identity
        return self.relu(out)


class ResNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False)
        self.bn = nn.BatchNorm2d(64)
        self.layer1 = nn.Sequential(BasicBlock(64), BasicBlock(64))
        self.fc = nn.Linear(64, 10)

    def forward(self, x):
        x = torch.relu(self.bn(self.stem(x)))
        x = self.layer1(x)
        return self.fc(x.mean((2, 3)))
