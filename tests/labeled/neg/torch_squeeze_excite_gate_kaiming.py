"""A squeeze-and-excite block: the excitation's sigmoid gates the feature map it multiplies. The gate layer sums
no other layer's output (it is no recurrent pre-activation), so He on it stays the block's choice (RULES: gates
are not hidden activations that decide the family). Nothing to report."""

import torch
import torch.nn as nn


class SqueezeExcite(nn.Module):
    def __init__(self, channels, reduction=16):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)
        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")
        nn.init.kaiming_normal_(self.fc2.weight)

    def forward(self, x):
        s = x.mean(dim=(2, 3))
        s = torch.sigmoid(self.fc2(torch.relu(self.fc1(s))))
        return x * s[:, :, None, None] + x
