"""ConvNeXt-V2 Global Response Normalization: gamma/beta are rank-4 tensors but only scale and
shift channels elementwise (gamma * (x * Nx) + beta + x), and start at zero so GRN starts as
the identity. An elementwise scale, not a weight matrix."""

import torch
import torch.nn as nn
from torch.nn import init


class ConvNextV2GRN(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.weight = nn.Parameter(torch.zeros(1, 1, 1, dim))
        self.bias = nn.Parameter(torch.zeros(1, 1, 1, dim))

    def forward(self, x):
        gx = torch.linalg.vector_norm(x, ord=2, dim=(1, 2), keepdim=True)
        nx = gx / (gx.mean(dim=-1, keepdim=True) + 1e-6)
        return self.weight * (x * nx) + self.bias + x


class ConvNextV2PreTrainedModel(nn.Module):
    def _init_weights(self, module):
        if isinstance(module, (nn.Linear, nn.Conv2d)):
            init.trunc_normal_(module.weight, std=0.02)
        elif isinstance(module, ConvNextV2GRN):
            init.zeros_(module.weight)
            init.zeros_(module.bias)
