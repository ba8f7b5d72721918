"""A Flax MLP whose kernel std is the Glorot normal formula written out,
sqrt(2 / (fan_in + fan_out)), in front of nn.relu: Xavier under ReLU."""

import flax.linen as nn
import jax.nn as jnn
import jax.numpy as jnp


class TopMLP(nn.Module):
    dims: tuple = (1024, 512, 256)

    @nn.compact
    def __call__(self, x):
        fan_in = x.shape[-1]
        for fan_out in self.dims:
            x = nn.Dense(fan_out, kernel_init=jnn.initializers.normal(  # expect: INI101
                stddev=jnp.sqrt(2.0 / (fan_in + fan_out))))(x)
            x = nn.relu(x)
            fan_in = fan_out
        return nn.Dense(1)(x)
