"""The same from-scratch Flax layer with a He kernel (`he_normal()`) for its ReLU: a correct pairing; the
Glorot-initialised tanh layer next to it is correct too."""

import jax
import jax.numpy as jnp
from flax import linen as nn


class ReluDense(nn.Module):
    features: int

    @nn.compact
    def __call__(self, x):
        W = self.param("W", jax.nn.initializers.he_normal(), (x.shape[-1], self.features))
        return nn.relu(jnp.dot(x, W))


class TanhDense(nn.Module):
    features: int

    @nn.compact
    def __call__(self, x):
        W = self.param("W", jax.nn.initializers.glorot_uniform(), (x.shape[-1], self.features))
        return jnp.tanh(jnp.dot(x, W))


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = ReluDense(256)(x)
        x = TanhDense(256)(x)
        return nn.Dense(10)(x)
