"""GCNet's `last_zero_init`: given a Sequential it zeroes the last layer (a zero-init residual branch); its other
branch, for a single module, never runs here, since both calls hand it a Sequential."""

from torch import nn


def last_zero_init(m):
    if isinstance(m, nn.Sequential):
        nn.init.constant_(m[-1].weight, val=0)
    else:
        nn.init.constant_(m.weight, val=0)


class ContextBlock(nn.Module):
    def __init__(self, inplanes, planes):
        super().__init__()
        self.channel_add_conv = nn.Sequential(
            nn.Conv2d(inplanes, planes, kernel_size=1), nn.LayerNorm([planes, 1, 1]), nn.ReLU(inplace=True),
            nn.Conv2d(planes, inplanes, kernel_size=1))
        self.channel_mul_conv = nn.Sequential(
            nn.Conv2d(inplanes, planes, kernel_size=1), nn.LayerNorm([planes, 1, 1]), nn.ReLU(inplace=True),
            nn.Conv2d(planes, inplanes, kernel_size=1))
        last_zero_init(self.channel_add_conv)
        last_zero_init(self.channel_mul_conv)

    def forward(self, x, context):
        return x * self.channel_mul_conv(context).sigmoid() + self.channel_add_conv(context)
