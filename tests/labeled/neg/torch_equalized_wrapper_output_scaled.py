"""Progressive GAN's equalized learning rate on a wrapped layer: the wrapper draws the layer's weight from
N(0, 1) and multiplies the layer's *output* by He's constant at run time (`x *= self.weight`), so the
effective scale is He's, whatever the layer's width."""

import math

import torch.nn as nn


def get_layer_normalization_factor(module):
    size = module.weight.size()
    fan_in = 1
    for s in size[1:]:
        fan_in *= s
    return math.sqrt(2.0 / fan_in)


class ConstrainedLayer(nn.Module):
    def __init__(self, module, lr_mul=1.0):
        super().__init__()
        self.module = module
        self.module.bias.data.fill_(0)
        self.module.weight.data.normal_(0, 1)
        self.module.weight.data /= lr_mul
        self.weight = get_layer_normalization_factor(self.module) * lr_mul

    def forward(self, x):
        x = self.module(x)
        x *= self.weight
        return x


class EqualizedLinear(ConstrainedLayer):
    def __init__(self, n_in, n_out):
        super().__init__(nn.Linear(n_in, n_out))
