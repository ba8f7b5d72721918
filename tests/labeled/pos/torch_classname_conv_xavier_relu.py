"""pix2pix-style init_weights dispatching on the class name: Conv layers get xavier_normal_
(gain 1) although every conv of the (norm-free) encoder feeds ReLU directly (He is the fit)."""

import torch.nn as nn


def init_weights(net):
    def init_func(m):
        classname = m.__class__.__name__
        if "Conv" in classname:
            nn.init.xavier_normal_(m.weight.data, gain=1.0)  # expect: INI101
            if m.bias is not None:
                nn.init.constant_(m.bias.data, 0.0)
        elif "BatchNorm2d" in classname:
            nn.init.normal_(m.weight.data, 1.0, 0.02)
            nn.init.constant_(m.bias.data, 0.0)

    net.apply(init_func)


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(3, 64, 3, padding=1), nn.ReLU(True),
            nn.Conv2d(64, 128, 3, stride=2, padding=1), nn.ReLU(True),
            nn.Conv2d(128, 256, 3, stride=2, padding=1), nn.ReLU(True),
        )
        init_weights(self)

    def forward(self, x):
        return self.body(x)
