"""A capsule layer whose transform matrices each sum over 64 inputs: W (1, routes, capsules, 32, 64) tiled
with torch.cat and applied with torch.matmul; std 1 with a fan-in of at least 32 explodes the votes."""
import torch
import torch.nn as nn


class WideCaps(nn.Module):
    def __init__(self, num_capsules=10, num_routes=1152, in_channels=64, out_channels=32):
        super().__init__()
        self.num_capsules = num_capsules
        self.W = nn.Parameter(torch.randn(1, num_routes, num_capsules, out_channels, in_channels))  # expect: INI004

    def forward(self, x):
        batch_size = x.size(0)
        x = torch.stack([x] * self.num_capsules, dim=2).unsqueeze(4)
        W = torch.cat([self.W] * batch_size, dim=0)
        u_hat = torch.matmul(W, x)
        return u_hat.sum(dim=1)


wide_caps = WideCaps()
