"""A CNN seminar notebook: Sobel kernels built as lists and converted (`kernel = torch.tensor(kernel)`), then a
random kernel drawn under the same name and convolved with an image only to look at the result. Converting a
tensor's type is no training step; the random kernel is a fixed filter, data."""

import matplotlib.pyplot as plt
import torch
from torch.nn.functional import conv2d

img_tensor = torch.rand(1, 3, 64, 64)
sobel_hor = [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]
kernel = [[sobel_hor, sobel_hor, sobel_hor]]
kernel = torch.tensor(kernel, dtype=torch.float)
img_conv_hor = conv2d(img_tensor, kernel)

kernel = torch.randn(1, 3, 3, 3)
img_conv_random = conv2d(img_tensor, kernel).permute(0, 2, 3, 1)
plt.imshow(torch.abs(img_conv_random[0, :, :, 0]))
plt.show()
