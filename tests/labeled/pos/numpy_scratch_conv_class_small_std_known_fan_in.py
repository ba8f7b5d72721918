"""A from-scratch NumPy CNN: the Conv2D class draws its kernels `randn(...) * 0.01` and the network
builds it for 1 -> 16 and 16 -> 32 channels with 3x3 kernels. Fan-ins 9 and 144 feeding ReLU want He
std 0.47 and 0.12: 0.01 is far under a tenth of both."""

import numpy as np


def relu(x):
    return np.maximum(0, x)


class Conv2D:
    def __init__(self, in_channels, out_channels, kernel_size):
        self.kernel_size = kernel_size
        self.kernel = np.random.randn(out_channels, in_channels, kernel_size, kernel_size) * 0.01  # expect: INI003
        self.bias = np.zeros(out_channels)

    def forward(self, x):
        k = self.kernel_size
        n, h, w, _ = x.shape
        out = np.zeros((n, h - k + 1, w - k + 1, len(self.bias)))
        for b in range(n):
            for oc in range(len(self.bias)):
                for i in range(h - k + 1):
                    for j in range(w - k + 1):
                        out[b, i, j, oc] = np.sum(
                            x[b, i:i + k, j:j + k, :] * self.kernel[oc].transpose(1, 2, 0)
                        ) + self.bias[oc]
        return out

    def update(self, d_kernel, lr):
        self.kernel -= lr * d_kernel


class CNN:
    def __init__(self):
        self.conv1 = Conv2D(in_channels=1, out_channels=16, kernel_size=3)
        self.conv2 = Conv2D(in_channels=16, out_channels=32, kernel_size=3)

    def forward(self, x):
        x = relu(self.conv1.forward(x))
        return relu(self.conv2.forward(x))
