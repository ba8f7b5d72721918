"""TimeSformer's divided space-time blocks: after the usual init, a loop over `self.blocks.modules()` zeroes
`m.temporal_fc` of every block but the first. That projection's output is added to the residual stream
(`xt = x + res_temporal`): a zero-init residual branch, whatever the blocks' other Linear layers are."""

import torch.nn as nn


class Block(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.temporal_norm1 = nn.LayerNorm(dim)
        self.temporal_attn = nn.MultiheadAttention(dim, 8, batch_first=True)
        self.temporal_fc = nn.Linear(dim, dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))

    def forward(self, x):
        h = self.temporal_norm1(x)
        res_temporal = self.temporal_attn(h, h, h)[0]
        res_temporal = self.temporal_fc(res_temporal)
        xt = x + res_temporal
        return xt + self.mlp(xt)


class TimeSformer(nn.Module):
    def __init__(self, dim=768, depth=12):
        super().__init__()
        self.blocks = nn.ModuleList([Block(dim) for _ in range(depth)])
        i = 0
        for m in self.blocks.modules():
            if "Block" in str(m):
                if i > 0:
                    nn.init.constant_(m.temporal_fc.weight, 0)
                    nn.init.constant_(m.temporal_fc.bias, 0)
                i += 1

    def forward(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x
