"""Course LeNet written with nn.Sequential(OrderedDict({...})): Xavier on every conv, each followed by
ReLU into the next conv (He is the pairing for ReLU)."""

from collections import OrderedDict

import torch.nn as nn


class LeNet(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.features = nn.Sequential(OrderedDict({
            "conv1": nn.Conv2d(3, 6, 5),
            "relu1": nn.ReLU(inplace=True),
            "pool1": nn.MaxPool2d(kernel_size=2, stride=2),
            "conv2": nn.Conv2d(6, 16, 5),
            "relu2": nn.ReLU(inplace=True),
            "pool2": nn.MaxPool2d(kernel_size=2, stride=2),
        }))
        self.classifier = nn.Sequential(OrderedDict({
            "fc1": nn.Linear(16 * 5 * 5, 120),
            "relu3": nn.ReLU(),
            "fc2": nn.Linear(120, classes),
        }))

    def forward(self, x):
        x = self.features(x)
        return self.classifier(x.view(x.size(0), -1))

    def initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.xavier_normal_(m.weight.data)  # expect: INI101
                m.bias.data.zero_()
