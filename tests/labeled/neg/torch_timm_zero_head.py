"""timm-style classifier head zero init (head_init_scale / fine-tuning recipe):
nn.init.zeros_(self.head.weight) on the final Linear -- the network's output."""

import torch.nn as nn


class ViTHeadModel(nn.Module):
    def __init__(self, embed_dim=768, num_classes=1000):
        super().__init__()
        self.norm = nn.LayerNorm(embed_dim)
        self.head = nn.Linear(embed_dim, num_classes)
        nn.init.zeros_(self.head.weight)
        nn.init.zeros_(self.head.bias)

    def forward(self, x):
        x = self.norm(x)
        return self.head(x[:, 0])
