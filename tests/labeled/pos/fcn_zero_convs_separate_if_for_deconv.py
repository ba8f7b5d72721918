"""An FCN's weight init: every Conv2d weight is zeroed and, in a second `if`, the ConvTranspose2d upsampler
gets a bilinear kernel. The copy writes the deconvolution, not the convolutions: every ReLU conv of the
encoder starts at zero."""

import torch
import torch.nn as nn


class FCN(nn.Module):
    def __init__(self, n_class=21):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, 3, padding=100)
        self.relu1 = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(64, 64, 3, padding=1)
        self.relu2 = nn.ReLU(inplace=True)
        self.score = nn.Conv2d(64, n_class, 1)
        self.upscore = nn.ConvTranspose2d(n_class, n_class, 64, stride=32, bias=False)
        self._initialize_weights()

    def _initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                m.weight.data.zero_()  # expect: INI001
                if m.bias is not None:
                    m.bias.data.zero_()
            if isinstance(m, nn.ConvTranspose2d):
                m.weight.data.copy_(torch.ones_like(m.weight) / m.kernel_size[0] ** 2)

    def forward(self, x):
        h = self.relu1(self.conv1(x))
        h = self.relu2(self.conv2(h))
        return self.upscore(self.score(h))
