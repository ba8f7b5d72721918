"""A DETR-style Flax encoder: MlpBlock's fields default to Xavier and GELU, but every block built in the
file passes activation_fn=nn.relu, so its first Dense (Xavier) feeds ReLU."""

from typing import Any, Callable

import flax.linen as nn
import jax.numpy as jnp


class MlpBlock(nn.Module):
    mlp_dim: int
    dropout_rate: float = 0.1
    kernel_init: Callable[..., Any] = nn.initializers.xavier_uniform()  # expect: INI101
    activation_fn: Callable[[jnp.ndarray], jnp.ndarray] = nn.gelu

    @nn.compact
    def __call__(self, inputs, deterministic=True):
        x = nn.Dense(self.mlp_dim, kernel_init=self.kernel_init)(inputs)
        x = self.activation_fn(x)
        x = nn.Dropout(rate=self.dropout_rate)(x, deterministic=deterministic)
        return nn.Dense(inputs.shape[-1], kernel_init=self.kernel_init)(x)


class EncoderBlock(nn.Module):
    mlp_dim: int = 2048

    @nn.compact
    def __call__(self, x):
        y = nn.LayerNorm()(x)
        y = MlpBlock(mlp_dim=self.mlp_dim, activation_fn=nn.relu)(y)
        return x + y
