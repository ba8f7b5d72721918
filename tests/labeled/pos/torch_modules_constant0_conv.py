"""Small CNN whose constructor walks self.modules() and sets every conv weight with
nn.init.constant_(w, 0) (no trailing-underscore alias imported as `init`)."""

import torch.nn as nn
from torch.nn import init


class SmallCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(inplace=True), nn.MaxPool2d(2),
        )
        self.classifier = nn.Linear(64 * 8 * 8, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                init.constant_(m.weight, 0)  # expect: INI001
                init.constant_(m.bias, 0)

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))
