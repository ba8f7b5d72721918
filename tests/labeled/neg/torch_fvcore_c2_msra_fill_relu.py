"""A mask-head conv stack initialised with fvcore's c2_msra_fill (He, fan_out) in front of ReLU: right."""

import fvcore.nn.weight_init as weight_init
import torch.nn as nn
import torch.nn.functional as F


class MaskHead(nn.Module):
    def __init__(self, in_channels=256, dim=256, num_convs=4):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(in_channels if i == 0 else dim, dim, 3, padding=1)
                                    for i in range(num_convs)])
        for conv in self.convs:
            weight_init.c2_msra_fill(conv)

    def forward(self, x):
        for conv in self.convs:
            x = F.relu(conv(x))
        return x
