"""An averaging kernel written as one number repeated, handed to scipy's convolution as a fixed argument and
never trained: data, not a weight (RULES: fixed kernels are not weights)."""

import numpy as np
from scipy.signal import convolve2d

box = np.array([[0.25 for j in range(2)] for i in range(2)])
ones_row = np.array([1.0 for _ in range(5)])


def smooth(image):
    return convolve2d(image, box, mode="same")


image = np.random.rand(32, 32)
print(smooth(image).mean(), ones_row.sum())
