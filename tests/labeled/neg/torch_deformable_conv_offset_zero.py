"""A deformable-convolution bottleneck (DCN, detectron2/mmcv style): the conv predicting the sampling
offsets is zero-initialised on purpose, so the block starts as a regular convolution."""

import torch.nn as nn
import torch.nn.functional as F
from torchvision.ops import DeformConv2d


class DeformBottleneck(nn.Module):
    def __init__(self, in_channels, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, channels, 1, bias=False)
        self.conv2_offset = nn.Conv2d(channels, 18, 3, padding=1)
        self.conv2 = DeformConv2d(channels, channels, 3, padding=1, bias=False)
        self.conv3 = nn.Conv2d(channels, in_channels, 1, bias=False)
        nn.init.kaiming_normal_(self.conv1.weight, nonlinearity="relu")
        nn.init.constant_(self.conv2_offset.weight, 0)
        nn.init.constant_(self.conv2_offset.bias, 0)

    def forward(self, x):
        out = F.relu(self.conv1(x))
        offset = self.conv2_offset(out)
        out = F.relu(self.conv2(out, offset))
        return F.relu(x + self.conv3(out))
