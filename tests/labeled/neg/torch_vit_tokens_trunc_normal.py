"""timm VisionTransformer: cls_token / pos_embed created with torch.zeros, then
trunc_normal_(std=.02) (and 1e-6 normal for cls_token), Linear trunc_normal_(std=.02)."""

import torch
import torch.nn as nn
from torch.nn.init import trunc_normal_


class ViTStem(nn.Module):
    def __init__(self, num_patches=196, embed_dim=768, num_classes=1000):
        super().__init__()
        self.patch_embed = nn.Conv2d(3, embed_dim, 16, 16)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, embed_dim))
        self.pos_embed = nn.Parameter(torch.zeros(1, num_patches + 1, embed_dim))
        self.head = nn.Linear(embed_dim, num_classes)
        trunc_normal_(self.pos_embed, std=.02)
        nn.init.normal_(self.cls_token, std=1e-6)
        self.apply(self._init_weights)

    def _init_weights(self, m):
        if isinstance(m, nn.Linear):
            trunc_normal_(m.weight, std=.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.LayerNorm):
            nn.init.zeros_(m.bias)
            nn.init.ones_(m.weight)
