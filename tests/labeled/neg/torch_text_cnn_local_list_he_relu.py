"""The same text CNN with He for its ReLU convolutions, applied through a local list: right pairing."""

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init


class TextCNN(nn.Module):
    def __init__(self, num_channels, num_filters=100, num_classes=2):
        super().__init__()
        self.conv1 = nn.Conv2d(1, num_filters, kernel_size=(2, num_channels))
        self.conv2 = nn.Conv2d(1, num_filters, kernel_size=(3, num_channels))
        self.conv3 = nn.Conv2d(1, num_filters, kernel_size=(4, num_channels))
        self.fc1 = nn.Linear(3 * num_filters, num_classes)
        for conv in [self.conv1, self.conv2, self.conv3]:
            init.kaiming_uniform_(conv.weight, nonlinearity="relu")
            init.constant_(conv.bias, 0.1)

    def forward(self, x):
        x = x.unsqueeze(1)
        convs = [self.conv1, self.conv2, self.conv3]
        x = [F.relu(conv(x)).squeeze(3) for conv in convs]
        x = [F.max_pool1d(i, i.size(2)).squeeze(2) for i in x]
        return self.fc1(torch.cat(x, 1))
