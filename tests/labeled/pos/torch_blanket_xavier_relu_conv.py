"""VGG-like feature extractor whose constructor applies xavier_normal (no trailing underscore,
the deprecated spelling) to every Conv2d; every conv is followed by nn.ReLU."""

import torch.nn as nn


class VGGBlock(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 64, 3, padding=1), nn.ReLU(inplace=True),
            nn.Conv2d(64, 64, 3, padding=1), nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 3, padding=1), nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d(1),
        )
        self.classifier = nn.Linear(128, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.xavier_normal(m.weight)  # expect: INI101
                nn.init.constant(m.bias, 0)

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))
