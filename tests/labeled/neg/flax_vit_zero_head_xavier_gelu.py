"""google-research/vision_transformer (flax): MlpBlock with xavier_uniform + gelu, and the
classifier head nn.Dense(num_classes, kernel_init=nn.initializers.zeros)."""

import flax.linen as nn
import jax.numpy as jnp


class MlpBlock(nn.Module):
    mlp_dim: int

    @nn.compact
    def __call__(self, inputs):
        actual_out_dim = inputs.shape[-1]
        x = nn.Dense(features=self.mlp_dim, kernel_init=nn.initializers.xavier_uniform(),
                     bias_init=nn.initializers.normal(stddev=1e-6))(inputs)
        x = nn.gelu(x)
        return nn.Dense(features=actual_out_dim, kernel_init=nn.initializers.xavier_uniform(),
                        bias_init=nn.initializers.normal(stddev=1e-6))(x)


class ViTHead(nn.Module):
    num_classes: int

    @nn.compact
    def __call__(self, x):
        x = MlpBlock(mlp_dim=3072)(x)
        x = jnp.mean(x, axis=1)
        return nn.Dense(self.num_classes, name="head", kernel_init=nn.initializers.zeros)(x)
