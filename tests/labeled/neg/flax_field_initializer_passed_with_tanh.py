"""A Flax module hands Xavier to a generic MLP module, and with it the activation the hidden layers use:
tanh, for which Xavier is the matched init (the MLP's own ReLU default never applies to this instance)."""

from typing import Any, Callable

import jax
from flax import linen as nn


class MLP(nn.Module):
    depth: int = 4
    width: int = 256
    hidden_init: Any = jax.nn.initializers.he_uniform()
    hidden_activation: Callable = nn.relu

    @nn.compact
    def __call__(self, x):
        for _ in range(self.depth):
            x = nn.Dense(self.width, kernel_init=self.hidden_init)(x)
            x = self.hidden_activation(x)
        return nn.Dense(1)(x)


class ValueNet(nn.Module):
    @nn.compact
    def __call__(self, obs):
        return MLP(depth=3, width=64, hidden_init=nn.initializers.xavier_uniform(), hidden_activation=nn.tanh)(obs)
