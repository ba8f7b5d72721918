"""Classifier head filled with a constant (nn.init.constant_(self.head.weight, 0.01)):
the output-layer exemption covers zeros and small-std heads only, INI002 fires on any weight."""

import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, backbone_dim=512, num_classes=100):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(1024, backbone_dim), nn.ReLU())
        self.head = nn.Linear(backbone_dim, num_classes)
        nn.init.constant_(self.head.weight, 0.01)  # expect: INI002
        nn.init.zeros_(self.head.bias)

    def forward(self, x):
        return self.head(self.backbone(x))
