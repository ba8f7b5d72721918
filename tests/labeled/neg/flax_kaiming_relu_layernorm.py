"""Flax MLP with kernel_init=nn.initializers.kaiming_normal() on ReLU layers, nn.LayerNorm
(scale ones / bias zeros) and zero biases."""

import flax.linen as nn


class ResidualMLP(nn.Module):
    width: int = 256

    @nn.compact
    def __call__(self, x):
        h = nn.LayerNorm(scale_init=nn.initializers.ones, bias_init=nn.initializers.zeros)(x)
        h = nn.Dense(self.width, kernel_init=nn.initializers.kaiming_normal(),
                     bias_init=nn.initializers.zeros)(h)
        h = nn.relu(h)
        h = nn.Dense(x.shape[-1], kernel_init=nn.initializers.zeros)(h)
        return x + h
