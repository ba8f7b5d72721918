"""A U-Net: its convolutions come from a `conv3x3` helper, and `reset_params` runs a static `weight_init` visitor
on every module (`for i, m in enumerate(self.modules()): self.weight_init(m)`) that Xavier-initialises each
Conv2d; the blocks apply ReLU after each conv."""

import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init


def conv3x3(in_channels, out_channels):
    return nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1)


class DownConv(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv1 = conv3x3(in_channels, out_channels)
        self.conv2 = conv3x3(out_channels, out_channels)

    def forward(self, x):
        return F.relu(self.conv2(F.relu(self.conv1(x))))


class UNet(nn.Module):
    def __init__(self, depth=3):
        super().__init__()
        self.down = nn.ModuleList([DownConv(3 if i == 0 else 64, 64) for i in range(depth)])
        self.final = nn.Conv2d(64, 2, kernel_size=1)
        self.reset_params()

    @staticmethod
    def weight_init(m):
        if isinstance(m, nn.Conv2d):
            init.xavier_normal_(m.weight)  # expect: INI101
            init.constant_(m.bias, 0)

    def reset_params(self):
        for i, m in enumerate(self.modules()):
            self.weight_init(m)

    def forward(self, x):
        for block in self.down:
            x = block(x)
        return self.final(x)
