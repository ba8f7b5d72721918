"""torchvision ResNet.__init__: kaiming_normal_(fan_out, relu) for convs, BN weight 1 / bias 0,
and zero_init_residual: nn.init.constant_(m.bn3.weight, 0) on the last BN of each branch."""

import torch.nn as nn


class Bottleneck(nn.Module):
    def __init__(self, inplanes, planes):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv3 = nn.Conv2d(planes, inplanes, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(inplanes)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn3(self.conv3(out))
        return self.relu(out + x)


class ResNetLike(nn.Module):
    def __init__(self, zero_init_residual=True):
        super().__init__()
        self.layer1 = nn.Sequential(Bottleneck(256, 64), Bottleneck(256, 64))
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
        if zero_init_residual:
            for m in self.modules():
                if isinstance(m, Bottleneck):
                    nn.init.constant_(m.bn3.weight, 0)
