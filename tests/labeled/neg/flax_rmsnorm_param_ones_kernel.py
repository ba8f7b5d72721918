"""LLaMA in Flax: the RMSNorm scale is declared as `self.param('kernel', ones, (dim,))` -- a vector of
per-feature scales under a kernel name, not a weight matrix."""

import flax.linen as nn
import jax
import jax.numpy as jnp


class RMSNorm(nn.Module):
    dim: int
    eps: float = 1e-6

    def setup(self):
        self.weight = self.param("kernel", nn.initializers.ones, (self.dim,), jnp.float32)

    def __call__(self, x):
        x = x * jax.lax.rsqrt(jnp.square(x).mean(-1, keepdims=True) + self.eps)
        return x * self.weight
