"""An attention-module zoo copies one init_weights template into every module; this module holds no
Linear layer, so the `isinstance(m, nn.Linear)` branch with std 0.001 never runs."""
import torch
from torch import nn
from torch.nn import init


class SpatialGroupEnhance(nn.Module):
    def __init__(self, groups):
        super().__init__()
        self.groups = groups
        self.avg_pool = nn.AdaptiveAvgPool2d(1)
        self.weight = nn.Parameter(torch.zeros(1, groups, 1, 1))
        self.bias = nn.Parameter(torch.zeros(1, groups, 1, 1))
        self.sig = nn.Sigmoid()
        self.init_weights()

    def init_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                init.kaiming_normal_(m.weight, mode="fan_out")
            elif isinstance(m, nn.BatchNorm2d):
                init.constant_(m.weight, 1)
                init.constant_(m.bias, 0)
            elif isinstance(m, nn.Linear):
                init.normal_(m.weight, std=0.001)

    def forward(self, x):
        b, c, h, w = x.shape
        x = x.view(b * self.groups, -1, h, w)
        t = (x * self.avg_pool(x)).sum(dim=1, keepdim=True).view(b, self.groups, h, w)
        t = t * self.weight + self.bias
        return (x * self.sig(t.view(b * self.groups, 1, h, w))).view(b, c, h, w)
