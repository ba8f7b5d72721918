"""Flax linen MLP passing jax.nn.initializers.glorot_normal() (JAX's own initializers module)
as kernel_init on ReLU hidden layers."""

import flax.linen as nn
import jax


class QNetwork(nn.Module):
    action_dim: int

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(120, kernel_init=jax.nn.initializers.glorot_normal())(x)  # expect: INI101
        x = nn.relu(x)
        x = nn.Dense(84, kernel_init=jax.nn.initializers.glorot_normal())(x)  # expect: INI101
        x = nn.relu(x)
        return nn.Dense(self.action_dim)(x)
