"""ControlNet-style conditioning: a zero-initialised 1x1 conv whose output is summed with the main
branch's conv output before the activation. The zero conv is an adapter added to another path:
it starts as a no-op and trains (RULES: a zero layer added to another path is harmless)."""
import torch.nn as nn
import torch.nn.functional as F


class CondBlock(nn.Module):
    def __init__(self, ch, cond_ch):
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, padding=1)
        self.zero_conv = nn.Conv2d(cond_ch, ch, 1)
        nn.init.zeros_(self.zero_conv.weight)
        nn.init.zeros_(self.zero_conv.bias)
        self.conv2 = nn.Conv2d(ch, ch, 3, padding=1)

    def forward(self, x, cond):
        h = F.relu(self.conv(x) + self.zero_conv(cond))
        return self.conv2(h)
