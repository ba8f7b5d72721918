"""A notebook that shows what a transposed convolution does: one layer at module level, its kernel set to
ones so the output is easy to read, applied to a constant image. Nothing is ever trained: an API demo."""

import torch
import torch.nn as nn
import torch.nn.init as init

img = torch.ones(1, 1, 3, 3)
transpose = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1, bias=False)
init.constant_(transpose.weight.data, 1)
print(transpose(img))
