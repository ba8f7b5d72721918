"""The same encoder with the loops swapped by mistake: the constant 1 goes to the Conv2d each Sequential
starts with (`self.lateral[0]`, `self.fpn[0]`), so every output channel of both convolutions is the same."""

import torch.nn as nn


class DilatedEncoder(nn.Module):
    def __init__(self, in_channels, encoder_channels):
        super().__init__()
        self.lateral = nn.Sequential(nn.Conv2d(in_channels, encoder_channels, kernel_size=1),
                                     nn.BatchNorm2d(encoder_channels))
        self.fpn = nn.Sequential(nn.Conv2d(encoder_channels, encoder_channels, kernel_size=3, padding=1),
                                 nn.BatchNorm2d(encoder_channels))
        self._init_weights()

    def _init_weights(self):
        for m in [self.lateral[0], self.fpn[0]]:
            nn.init.constant_(m.weight, 1)  # expect: INI002
            nn.init.constant_(m.bias, 0)

    def forward(self, x):
        return self.fpn(self.lateral(x))
