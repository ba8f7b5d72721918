"""Flax linen encoder with kernel_init=nn.initializers.normal(stddev=1.0) on a hidden layer
(std 1 on a wide input)."""

import flax.linen as nn


class Encoder(nn.Module):
    latent: int = 32

    @nn.compact
    def __call__(self, x):
        x = x.reshape((x.shape[0], -1))
        x = nn.Dense(500, kernel_init=nn.initializers.normal(stddev=1.0))(x)  # expect: INI004
        x = nn.relu(x)
        mean = nn.Dense(self.latent)(x)
        logvar = nn.Dense(self.latent)(x)
        return mean, logvar
