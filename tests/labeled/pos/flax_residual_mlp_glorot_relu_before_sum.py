"""A residual MLP in Flax (DLRM-ResNet style): each Dense goes through nn.relu *before* it is added
to the stream, so ReLU is what consumes it -- and its kernel is Glorot."""

import flax.linen as nn
import jax.nn as jnn


class ResidualMLP(nn.Module):
    dims: tuple = (512, 256, 256)

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(self.dims[0], kernel_init=jnn.initializers.he_normal())(x))
        for d in self.dims[1:]:
            h = nn.Dense(d, kernel_init=jnn.initializers.glorot_uniform())(x)  # expect: INI101
            x += nn.relu(h)
        return nn.Dense(1)(x)
