"""A backbone frozen for fine-tuning, and a new projection layer filled with one constant: the freezing is
about the backbone, the projection is trained, and every one of its units starts identical."""

import torch
import torch.nn as nn


class FineTune(nn.Module):
    def __init__(self, backbone, dim=512):
        super().__init__()
        self.backbone = backbone
        for p in self.backbone.parameters():
            p.requires_grad = False
        self.proj = nn.Linear(dim, 256)
        self.proj.weight.data.fill_(0.5)  # expect: INI002
        self.head = nn.Linear(256, 10)

    def forward(self, x):
        return self.head(torch.relu(self.proj(self.backbone(x))))
