"""torchvision's VGG layout: the conv stack from a module-level `make_features(cfg)` handed to the constructor, each
conv given He (fan_out, relu) for the ReLU it feeds."""

import torch
import torch.nn as nn


class VGG(nn.Module):
    def __init__(self, features, num_classes=1000):
        super().__init__()
        self.features = features
        self.classifier = nn.Linear(512 * 7 * 7, num_classes)
        self._initialize_weights()

    def forward(self, x):
        x = self.features(x)
        return self.classifier(torch.flatten(x, start_dim=1))

    def _initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
                nn.init.constant_(m.bias, 0)


def make_features(cfg):
    layers = []
    in_channels = 3
    for v in cfg:
        if v == "M":
            layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
        else:
            conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
            layers += [conv2d, nn.ReLU(True)]
            in_channels = v
    return nn.Sequential(*layers)


def vgg11(**kwargs):
    return VGG(make_features([64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"]), **kwargs)
