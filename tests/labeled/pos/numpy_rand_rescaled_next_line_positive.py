"""From-scratch NumPy conv kernels: `rand` scaled by 1/10 on the next line is still U(0, 0.1),
all positive, so every unit starts pushed the same way."""
import numpy as np


def init_kernels(n_kernels, size):
    kernels = np.random.rand(n_kernels, size, size)  # expect: INI005
    kernels = kernels / 10
    return kernels


def forward(images, kernels):
    out = np.stack([np.maximum(0, (images * k).sum(axis=(1, 2))) for k in kernels], axis=1)
    return out


kernels = init_kernels(16, 3)
for step in range(100):
    grads = np.ones_like(kernels)
    kernels -= 0.01 * grads
