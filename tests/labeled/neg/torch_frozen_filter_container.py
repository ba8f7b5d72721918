"""DeepCluster's Sobel front end: a 1x1 conv filled with 1/3 (grayscale) and a conv holding Sobel kernels, put
in a Sequential whose parameters are then frozen. Fixed filters, never trained: no weight to judge."""

import torch
import torch.nn as nn


class AlexNetSobel(nn.Module):
    def __init__(self, num_classes=1000):
        super().__init__()
        grayscale = nn.Conv2d(3, 1, kernel_size=1)
        grayscale.weight.data.fill_(1.0 / 3.0)
        grayscale.bias.data.zero_()
        sobel = nn.Conv2d(1, 2, kernel_size=3, padding=1)
        sobel.weight.data[0, 0].copy_(torch.FloatTensor([[1, 0, -1], [2, 0, -2], [1, 0, -1]]))
        sobel.weight.data[1, 0].copy_(torch.FloatTensor([[1, 2, 1], [0, 0, 0], [-1, -2, -1]]))
        sobel.bias.data.zero_()
        self.sobel = nn.Sequential(grayscale, sobel)
        for p in self.sobel.parameters():
            p.requires_grad = False
        self.features = nn.Sequential(nn.Conv2d(2, 96, 11, stride=4), nn.ReLU(inplace=True))
        self.classifier = nn.Linear(96, num_classes)

    def forward(self, x):
        x = self.features(self.sobel(x))
        return self.classifier(x.mean((2, 3)))


class MeanFilter(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.blur = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.blur.weight.data.fill_(1.0 / 9.0)
        self.blur.weight.requires_grad = False
        self.proj = nn.Conv2d(channels, channels, 1)

    def forward(self, x):
        return torch.relu(self.proj(self.blur(x)))
