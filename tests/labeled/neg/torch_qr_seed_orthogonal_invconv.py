"""Glow's invertible 1x1 convolution: a Gaussian draw only seeds a QR decomposition, and the orthogonal
factor Q is the weight. The randn is no weight of the network."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class InvConv2d(nn.Module):
    def __init__(self, in_channel):
        super().__init__()
        weight = torch.randn(in_channel, in_channel)
        q, _ = torch.qr(weight)
        weight = q.unsqueeze(2).unsqueeze(3)
        self.weight = nn.Parameter(weight)

    def forward(self, x):
        return F.conv2d(x, self.weight)


flow = nn.Sequential(InvConv2d(48), InvConv2d(48))
optimizer = torch.optim.Adam(flow.parameters(), lr=1e-4)
