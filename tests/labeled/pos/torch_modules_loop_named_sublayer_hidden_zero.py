"""A loop over a ModuleList's modules zeroes one named sub-layer of each block, `m.expand`, whose output goes
through ReLU into the block's next Linear: a hidden layer whose units stay identical (nothing is added to a
residual path)."""

import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.expand = nn.Linear(dim, 4 * dim)
        self.project = nn.Linear(4 * dim, dim)

    def forward(self, x):
        return self.project(F.relu(self.expand(x)))


class Stack(nn.Module):
    def __init__(self, dim=256, depth=4):
        super().__init__()
        self.blocks = nn.ModuleList([Block(dim) for _ in range(depth)])
        for m in self.blocks.modules():
            if isinstance(m, Block):
                nn.init.constant_(m.expand.weight, 0)  # expect: INI001

    def forward(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x
