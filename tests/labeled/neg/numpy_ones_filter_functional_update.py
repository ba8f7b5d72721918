"""Signal smoothing with a box filter of ones: the filter is data (never trained); the only step written as a
call (`signal = np.subtract(signal, trend)`) updates the signal, not the filter."""

import numpy as np

window = np.ones(5) / 5
kernel_2d = np.ones((3, 3)) / 9
signal = np.random.randn(1000)
image = np.random.rand(64, 64)
for _ in range(3):
    trend = np.convolve(signal, window, mode="same")
    signal = np.subtract(signal, trend)
blurred = np.array([[np.sum(image[i:i + 3, j:j + 3] * kernel_2d) for j in range(62)] for i in range(62)])
print(signal.std(), blurred.mean())
