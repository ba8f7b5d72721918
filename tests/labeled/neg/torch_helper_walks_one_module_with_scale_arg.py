"""guided-diffusion's zero_module with a scale argument: the helper walks the parameters of the one module it is
handed (the last conv of a residual branch), so its zeros are a targeted init, not every layer's."""

import torch.nn as nn
import torch.nn.functional as F


def scale_module(module, scale):
    for m in module.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.zeros_(m.weight)
            nn.init.zeros_(m.bias)
    return module


class ResBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1)
        self.conv2 = scale_module(nn.Conv2d(channels, channels, 3, padding=1), 0.0)

    def forward(self, x):
        return x + self.conv2(F.relu(self.conv1(x)))
