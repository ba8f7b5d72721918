"""A Flax low-rank adapter on a Dense layer: A ~ N(0, 1), B = 0, output added to the
frozen projection: one adapter whose product starts at zero."""

import flax.linen as nn
import jax.numpy as jnp


class LoRADense(nn.Module):
    features: int
    rank: int = 4

    @nn.compact
    def __call__(self, x):
        y = nn.Dense(self.features)(x)
        a = self.param("lora_a", nn.initializers.normal(stddev=1.0), (x.shape[-1], self.rank))
        b = self.param("lora_b", nn.initializers.zeros, (self.rank, self.features))
        return y + jnp.dot(jnp.dot(x, a), b)
