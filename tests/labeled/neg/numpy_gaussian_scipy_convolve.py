"""Gaussian and averaging kernels built with NumPy and passed to scipy.ndimage.convolve
(fixed filters, never trained)."""

import numpy as np
from scipy import ndimage


def gaussian_kernel(size=5, sigma=1.0):
    ax = np.arange(-(size // 2), size // 2 + 1)
    xx, yy = np.meshgrid(ax, ax)
    kernel = np.exp(-(xx ** 2 + yy ** 2) / (2.0 * sigma ** 2))
    return kernel / kernel.sum()


image = np.random.rand(64, 64)
weights = np.full((3, 3), 1.0 / 9.0)
blurred = ndimage.convolve(image, gaussian_kernel(), mode="reflect")
averaged = ndimage.convolve(image, weights, mode="constant")
