"""Flax linen MLP (flax examples style) with kernel_init=nn.initializers.zeros on the hidden
Dense layers; their outputs go through nn.relu into the next layer."""

import flax.linen as nn
import jax
import jax.numpy as jnp


class MLP(nn.Module):
    hidden: int = 256
    num_classes: int = 10

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.zeros)(x)  # expect: INI001
        x = nn.relu(x)
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.zeros)(x)  # expect: INI001
        x = nn.relu(x)
        return nn.Dense(self.num_classes)(x)


params = MLP().init(jax.random.PRNGKey(0), jnp.ones((1, 784)))
