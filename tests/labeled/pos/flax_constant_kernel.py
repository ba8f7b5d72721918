"""Flax linen model with kernel_init=initializers.constant(0.1) on a hidden layer
(imported as `from flax.linen import initializers`)."""

from flax import linen as nn
from flax.linen import initializers


class ValueNet(nn.Module):
    @nn.compact
    def __call__(self, obs):
        h = nn.Dense(64, kernel_init=initializers.constant(0.1))(obs)  # expect: INI002
        h = nn.tanh(h)
        h = nn.Dense(64)(h)
        h = nn.tanh(h)
        return nn.Dense(1)(h)
