"""A conv block taking its weight initializer as a parameter, defaulting to He (kaiming_normal_) in
front of ReLU: the right pairing."""

import torch.nn as nn


class ConvBlock(nn.Module):
    def __init__(self, c_in, c_out, init_fn=nn.init.kaiming_normal_):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(c_out)
        self.act = nn.ReLU(inplace=True)
        init_fn(self.conv.weight)

    def forward(self, x):
        return self.act(self.bn(self.conv(x)))
