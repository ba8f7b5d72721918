"""A Flax residual MLP: the He formula written out, sqrt(2 / fan_in), in front of nn.relu, and the
ReLU output added to the stream. The right pairing."""

import flax.linen as nn
import jax.nn as jnn
import jax.numpy as jnp


class ResidualMLP(nn.Module):
    width: int = 256
    depth: int = 4

    @nn.compact
    def __call__(self, x):
        for _ in range(self.depth):
            h = nn.Dense(self.width, kernel_init=jnn.initializers.normal(stddev=jnp.sqrt(2.0 / self.width)))(x)
            x += nn.relu(h)
        return x
