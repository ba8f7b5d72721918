"""Flax port of PyTorch modules: variance_scaling(2 / (1 + 5), "fan_in", "uniform") reproduces
torch's default Linear init (a = sqrt(5)), and 2 / (1 + 0.2 ** 2) is He for the LeakyReLU(0.2)
that really follows -- both correct."""

import flax.linen as nn

torch_default = nn.initializers.variance_scaling(2.0 / (1 + 5), "fan_in", "uniform")


class Discriminator(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Dense(512, kernel_init=torch_default)(x)
        x = nn.relu(x)
        x = nn.Dense(256, kernel_init=nn.initializers.variance_scaling(2.0 / (1 + 0.2 ** 2), "fan_in", "uniform"))(x)
        x = nn.leaky_relu(x, negative_slope=0.2)
        return nn.Dense(1)(x)
