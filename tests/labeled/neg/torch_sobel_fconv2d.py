"""Edge-aware loss with fixed Sobel kernels passed to F.conv2d (requires_grad=False parameter
and a plain tensor): fixed kernels are data."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class SobelGrad(nn.Module):
    def __init__(self):
        super().__init__()
        kx = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
        self.weight_x = nn.Parameter(kx.view(1, 1, 3, 3), requires_grad=False)
        self.weight_y = nn.Parameter(kx.t().contiguous().view(1, 1, 3, 3), requires_grad=False)

    def forward(self, img):
        gx = F.conv2d(img, self.weight_x, padding=1)
        gy = F.conv2d(img, self.weight_y, padding=1)
        return torch.sqrt(gx ** 2 + gy ** 2 + 1e-6)


def blur(img):
    kernel = torch.ones(1, 1, 3, 3) / 9.0
    return F.conv2d(img, kernel, padding=1)
