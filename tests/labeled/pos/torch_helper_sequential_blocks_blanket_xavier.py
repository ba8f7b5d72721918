"""SfMLearner's DispNet: its blocks come from module-level helpers returning `nn.Sequential(conv, nn.ReLU())`,
and `init_weights` runs xavier_uniform_ over every Conv2d / ConvTranspose2d: the convolutions feed ReLU."""

import torch.nn as nn
from torch.nn.init import xavier_uniform_, zeros_


def conv(in_planes, out_planes):
    return nn.Sequential(nn.Conv2d(in_planes, out_planes, kernel_size=3, padding=1), nn.ReLU(inplace=True))


def upconv(in_planes, out_planes):
    return nn.Sequential(nn.ConvTranspose2d(in_planes, out_planes, kernel_size=3, stride=2, padding=1,
                                            output_padding=1), nn.ReLU(inplace=True))


class DispNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = conv(3, 32)
        self.conv2 = conv(32, 64)
        self.upconv2 = upconv(64, 32)
        self.predict = nn.Sequential(nn.Conv2d(32, 1, kernel_size=3, padding=1), nn.Sigmoid())

    def init_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d) or isinstance(m, nn.ConvTranspose2d):
                xavier_uniform_(m.weight)  # expect: INI101
                if m.bias is not None:
                    zeros_(m.bias)

    def forward(self, x):
        return self.predict(self.upconv2(self.conv2(self.conv1(x))))
