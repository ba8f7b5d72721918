"""Conv encoder calling F.leaky_relu(..., 0.2) in forward while its init declares
nonlinearity="relu" (kaiming_uniform_)."""

import torch.nn as nn
import torch.nn.functional as F


class ConvEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, 4, 2, 1)
        self.conv2 = nn.Conv2d(64, 128, 4, 2, 1)
        nn.init.kaiming_uniform_(self.conv1.weight, nonlinearity="relu")  # expect: INI103

    def forward(self, x):
        x = F.leaky_relu(self.conv1(x), 0.2)
        return self.conv2(x)
