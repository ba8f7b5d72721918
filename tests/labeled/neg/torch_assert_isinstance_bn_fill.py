"""A block resets its norm layer, reached by index into its Sequential and checked with an assert:
`assert isinstance(m, nn.BatchNorm2d)` narrows `m` as an `if isinstance` would, so the fill of 1 is a
norm scale, not a weight."""

import torch.nn as nn


class MaskedBlock(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ELU(),
        )
        self.reset_parameters()

    def reset_parameters(self):
        m = self.main[1]
        assert isinstance(m, nn.BatchNorm2d)
        m.weight.data.fill_(1)
        m.bias.data.zero_()

    def forward(self, x):
        return self.main(x)
