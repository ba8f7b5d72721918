"""Flax lm1b/wmt example style: hyperparameters in a struct.dataclass config whose `kernel_init` default is
Xavier; the transformer's MLP block reads `config.kernel_init` (wrapped for sharding) for the Dense that
feeds nn.relu. Xavier chosen for a ReLU layer."""

from typing import Any, Callable

import flax.linen as nn
import jax.numpy as jnp
from flax import struct


@struct.dataclass
class TransformerConfig:
    vocab_size: int
    dtype: Any = jnp.float32
    emb_dim: int = 512
    mlp_dim: int = 2048
    dropout_rate: float = 0.1
    deterministic: bool = False
    kernel_init: Callable = nn.initializers.xavier_uniform()  # expect: INI101
    bias_init: Callable = nn.initializers.normal(stddev=1e-6)


class MlpBlock(nn.Module):
    config: TransformerConfig
    out_dim: int | None = None

    @nn.compact
    def __call__(self, inputs):
        config = self.config
        actual_out_dim = inputs.shape[-1] if self.out_dim is None else self.out_dim
        x = nn.Dense(config.mlp_dim, dtype=config.dtype,
                     kernel_init=nn.with_logical_partitioning(config.kernel_init, ("embed", "mlp")),
                     bias_init=nn.with_logical_partitioning(config.bias_init, ("mlp",)))(inputs)
        x = nn.relu(x)
        x = nn.Dropout(rate=config.dropout_rate)(x, deterministic=config.deterministic)
        output = nn.Dense(actual_out_dim, dtype=config.dtype,
                          kernel_init=nn.with_logical_partitioning(config.kernel_init, ("mlp", "embed")),
                          bias_init=nn.with_logical_partitioning(config.bias_init, ("embed",)))(x)
        return output
