"""YOLOF's encoder: the lateral and fpn projections are Conv2d + BatchNorm2d Sequentials, and the init
loop `for m in [self.lateral[1], self.fpn[1]]` sets the weight 1 and bias 0 of the BatchNorm each one ends in:
norm layers at their identity, not constant weights."""

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
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        for m in [self.lateral[1], self.fpn[1]]:
            nn.init.constant_(m.weight, 1)
            nn.init.constant_(m.bias, 0)

    def forward(self, x):
        return self.fpn(self.lateral(x))
