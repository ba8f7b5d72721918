"""CapsNet DigitCaps (a popular PyTorch notebook): the transform matrices W (1, routes, capsules, 16, 8) are
tiled over the batch with torch.cat and applied with torch.matmul: each matrix sums over 8 inputs, so std 1
is fine (fan-in < 16), not the conv-style 1152 * 10 * 16 * 8."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DigitCaps(nn.Module):
    def __init__(self, num_capsules=10, num_routes=32 * 6 * 6, in_channels=8, out_channels=16):
        super(DigitCaps, self).__init__()
        self.num_routes = num_routes
        self.num_capsules = num_capsules
        self.W = nn.Parameter(torch.randn(1, num_routes, num_capsules, out_channels, in_channels))

    def forward(self, x):
        batch_size = x.size(0)
        x = torch.stack([x] * self.num_capsules, dim=2).unsqueeze(4)
        W = torch.cat([self.W] * batch_size, dim=0)
        u_hat = torch.matmul(W, x)
        c_ij = F.softmax(torch.zeros(1, self.num_routes, self.num_capsules, 1), dim=1)
        s_j = (c_ij.unsqueeze(4) * u_hat).sum(dim=1, keepdim=True)
        return s_j.squeeze(1)


digit_caps = DigitCaps()
