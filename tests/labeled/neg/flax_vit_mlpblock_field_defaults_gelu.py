"""The ViT MlpBlock (google-research/vision_transformer): Xavier kernel and GELU as field defaults, and
the encoder uses the defaults. Xavier with GELU is the transformer standard: silent."""

from typing import Any, Callable

import flax.linen as nn


class MlpBlock(nn.Module):
    mlp_dim: int
    dropout_rate: float = 0.1
    kernel_init: Callable[..., Any] = nn.initializers.xavier_uniform()
    bias_init: Callable[..., Any] = nn.initializers.normal(stddev=1e-6)

    @nn.compact
    def __call__(self, inputs, deterministic=True):
        x = nn.Dense(self.mlp_dim, kernel_init=self.kernel_init, bias_init=self.bias_init)(inputs)
        x = nn.gelu(x)
        x = nn.Dropout(rate=self.dropout_rate)(x, deterministic=deterministic)
        return nn.Dense(inputs.shape[-1], kernel_init=self.kernel_init, bias_init=self.bias_init)(x)


class Encoder1DBlock(nn.Module):
    mlp_dim: int

    @nn.compact
    def __call__(self, x):
        y = nn.LayerNorm()(x)
        return x + MlpBlock(mlp_dim=self.mlp_dim)(y)
