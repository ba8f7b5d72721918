"""Output head with nn.init.normal_(self.classifier.weight, 0.01) -- meant as a small-std head,
but 0.01 is the mean and std stays 1 (INI006 fires on output layers too)."""

import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 32, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.classifier = nn.Linear(32, num_classes)
        nn.init.normal_(self.classifier.weight, 0.01)  # expect: INI006
        nn.init.zeros_(self.classifier.bias)

    def forward(self, x):
        return self.classifier(self.features(x))
