"""A from-scratch Flax layer: its kernel is a local made by `self.param("W", glorot_uniform(), shape)` and the
layer returns `nn.relu(jnp.dot(x, W))`; stacked twice before the output Dense, Glorot feeds ReLU."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class ReluDense(nn.Module):
    features: int

    @nn.compact
    def __call__(self, x):
        W = self.param("W", jax.nn.initializers.glorot_uniform(), (x.shape[-1], self.features))  # expect: INI101
        b = self.param("b", jax.nn.initializers.zeros, (self.features,))
        return nn.relu(jnp.dot(x, W) + b)


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = ReluDense(256)(x)
        x = ReluDense(256)(x)
        return nn.Dense(10)(x)
