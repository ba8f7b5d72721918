"""Dopamine-style Flax networks: the actor declares `kernel_initializer` and `activation` fields
(Glorot, ReLU) and an actor-critic wrapper builds it in setup, handing on its own fields of the
same defaults (`self.kernel_initializer`, `self.activation`). Glorot before ReLU halves the variance."""
from typing import Callable

import flax.linen as nn
import jax


class ActorNetwork(nn.Module):
    action_dim: int
    hidden_units: int = 256
    activation: Callable = nn.relu
    kernel_initializer: Callable = jax.nn.initializers.glorot_uniform()  # expect: INI101

    @nn.compact
    def __call__(self, x):
        for _ in range(2):
            x = nn.Dense(features=self.hidden_units, kernel_init=self.kernel_initializer)(x)
            x = self.activation(x)
        return nn.Dense(features=self.action_dim, kernel_init=self.kernel_initializer)(x)


class ActorCriticNetwork(nn.Module):
    action_dim: int
    hidden_units: int = 256
    activation: Callable = nn.relu
    kernel_initializer: Callable = jax.nn.initializers.glorot_uniform()  # expect: INI101

    def setup(self):
        self._actor = ActorNetwork(self.action_dim, self.hidden_units, self.activation, self.kernel_initializer)

    def __call__(self, x):
        return self._actor(x)
