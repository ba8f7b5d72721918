"""Zeros written through a loop over one layer's own tensors: a GAIL discriminator's logit layer
(`for parameter in self.discriminator.parameters(): parameter.data.zero_()`) and Fixup's last conv of each
residual branch. A zero output head and a zero-init residual branch are deliberate (RULES)."""

import math

import torch.nn as nn
import torch.nn.functional as F


class FixupResidual(nn.Module):
    def __init__(self, depth, num_residual):
        super().__init__()
        self.conv1 = nn.Conv2d(depth, depth, 3, padding=1, bias=False)
        self.conv2 = nn.Conv2d(depth, depth, 3, padding=1, bias=False)
        for p in self.conv1.parameters():
            p.data.mul_(1 / math.sqrt(num_residual))
        for p in self.conv2.parameters():
            p.data.zero_()

    def forward(self, x):
        out = F.relu(self.conv1(F.relu(x)))
        return self.conv2(out) + x


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), FixupResidual(256, 4))
        self.discriminator = nn.Linear(256, 1)
        for parameter in self.discriminator.parameters():
            parameter.data.zero_()

    def forward(self, x):
        return self.discriminator(self.body(x)).view(-1)
