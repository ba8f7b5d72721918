"""A NeRF MLP in Flax: a `partial` of `nn.Dense` with Glorot makes each layer inline (`dense_layer(256)(x)`), and
every hidden layer goes through the module's `net_activation` field, ReLU by default."""

import functools
from typing import Any, Callable

import flax.linen as nn
import jax


class MLP(nn.Module):
    net_depth: int = 8
    net_width: int = 256
    net_activation: Callable[..., Any] = nn.relu

    @nn.compact
    def __call__(self, x):
        dense_layer = functools.partial(nn.Dense, kernel_init=jax.nn.initializers.glorot_uniform())  # expect: INI101
        for _ in range(self.net_depth):
            x = dense_layer(self.net_width)(x)
            x = self.net_activation(x)
        return dense_layer(4)(x)
