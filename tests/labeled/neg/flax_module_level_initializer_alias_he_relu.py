"""A jaxrl-style Flax MLP: `default_init` is a module-level alias of nn.initializers.he_normal, the right
scale for the ReLU every hidden Dense feeds."""
from typing import Callable, Sequence

import flax.linen as nn
import jax.numpy as jnp

default_init = nn.initializers.he_normal


class MLP(nn.Module):
    hidden_dims: Sequence[int]
    activations: Callable[[jnp.ndarray], jnp.ndarray] = nn.relu

    @nn.compact
    def __call__(self, x: jnp.ndarray) -> jnp.ndarray:
        for i, size in enumerate(self.hidden_dims):
            x = nn.Dense(size, kernel_init=default_init())(x)
            if i + 1 < len(self.hidden_dims):
                x = self.activations(x)
        return x
