"""detectron2's RetinaNet extra pyramid levels: P6 is a conv of C5 and P7 a conv of relu(P6); both maps are
returned as pyramid outputs, so P6's raw output is consumed by the detection heads as well as by the ReLU before
P7. c2_xavier_fill (LeCun-uniform) is the library's standard init there: no single consumer to pair with."""
import torch.nn as nn
import torch.nn.functional as F
from fvcore.nn import weight_init


class LastLevelP6P7(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.num_levels = 2
        self.p6 = nn.Conv2d(in_channels, out_channels, 3, 2, 1)
        self.p7 = nn.Conv2d(out_channels, out_channels, 3, 2, 1)
        for module in [self.p6, self.p7]:
            weight_init.c2_xavier_fill(module)

    def forward(self, c5):
        p6 = self.p6(c5)
        p7 = self.p7(F.relu(p6))
        return [p6, p7]
