"""Flax/JAX normal(0.02): in flax.linen.initializers / jax.nn.initializers the first argument
of normal() IS stddev (unlike torch.nn.init.normal_ and keras RandomNormal) -- silent."""

import flax.linen as nn
import jax


class GPTBlockMLP(nn.Module):
    d_model: int = 768

    @nn.compact
    def __call__(self, x):
        h = nn.Dense(4 * self.d_model, kernel_init=nn.initializers.normal(0.02))(x)
        h = nn.gelu(h)
        return nn.Dense(self.d_model, kernel_init=jax.nn.initializers.normal(0.02))(h)
