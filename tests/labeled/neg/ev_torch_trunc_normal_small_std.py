"""timm-style ViT init: trunc_normal_(std=.02) on Linear weights, cls_token and pos_embed; a
truncated normal keeps the std the author wrote, nothing near a threshold."""

import torch
import torch.nn as nn
from timm.layers import trunc_normal_


class TinyViT(nn.Module):
    def __init__(self, dim=192, num_patches=196, num_classes=1000):
        super().__init__()
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.zeros(1, num_patches + 1, dim))
        self.fc1 = nn.Linear(dim, dim * 4)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(dim * 4, dim)
        self.head = nn.Linear(dim, num_classes)
        trunc_normal_(self.pos_embed, std=.02)
        trunc_normal_(self.cls_token, std=.02)
        self.apply(self._init_weights)

    def _init_weights(self, m):
        if isinstance(m, nn.Linear):
            trunc_normal_(m.weight, std=.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)

    def forward(self, x):
        x = x + self.fc2(self.act(self.fc1(x)))
        return self.head(x[:, 0])
