"""A dynamic convolution (CondConv style): the K kernels are allocated with torch.randn, then the constructor's
`_initialize_weights()` re-initialises every slice `self.weight[i]` with kaiming_uniform_: fill-then-overwrite."""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class DynamicConv2d(nn.Module):
    def __init__(self, in_planes, out_planes, kernel_size, K=4, init_weight=True):
        super().__init__()
        self.K = K
        self.weight = nn.Parameter(torch.randn(K, out_planes, in_planes, kernel_size, kernel_size), requires_grad=True)
        self.bias = nn.Parameter(torch.zeros(K, out_planes))
        self.attention = nn.Linear(in_planes, K)
        if init_weight:
            self._initialize_weights()

    def _initialize_weights(self):
        for i in range(self.K):
            nn.init.kaiming_uniform_(self.weight[i], a=math.sqrt(5))

    def forward(self, x):
        att = F.softmax(self.attention(x.mean(dim=(2, 3))), dim=1)
        weight = torch.einsum("bk,koihw->boihw", att, self.weight)
        return torch.stack([F.conv2d(x[i:i + 1], weight[i], padding=1) for i in range(x.size(0))]).squeeze(1)
