"""A PixelCNN notebook that trains its model elsewhere also builds two single masked convolutions, fills their
weights with ones and runs them on an image to show the receptive field: the probe objects are only called,
never handed to an optimizer or a trainer, so they are no trained weights (RULES: visualisation cells)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class MaskedConvolution(nn.Module):
    def __init__(self, c_in, c_out, mask, **kwargs):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, mask.shape, padding=mask.shape[0] // 2, **kwargs)
        self.register_buffer("mask", mask[None, None])

    def forward(self, x):
        self.conv.weight.data *= self.mask
        return self.conv(x)


class PixelCNN(nn.Module):
    def __init__(self, c_hidden=64):
        super().__init__()
        mask = torch.ones(3, 3)
        mask[2:] = 0
        self.conv_in = MaskedConvolution(1, c_hidden, mask)
        self.conv_out = nn.Conv2d(c_hidden, 256, kernel_size=1)

    def forward(self, x):
        return self.conv_out(F.elu(self.conv_in(x)))


inp_img = torch.zeros(1, 1, 11, 11)
inp_img[0, 0, 5, 5] = 1
mask = torch.ones(3, 3)
mask[2:] = 0
probe = MaskedConvolution(1, 1, mask)
probe.conv.weight.data.fill_(1)
probe.conv.bias.data.fill_(0)
out = probe(inp_img)
del probe

model = PixelCNN()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(100):
    loss = F.cross_entropy(model(inp_img), (inp_img[:, 0] * 255).long())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
