"""A jaxrl-style Flax MLP: `default_init` is a module-level alias of nn.initializers.xavier_uniform, called
for every hidden Dense, whose output goes through the field's default activation nn.relu. Xavier halves the
signal variance under ReLU at each layer (He: nn.initializers.he_normal())."""
from typing import Callable, Sequence

import flax.linen as nn
import jax.numpy as jnp

default_init = nn.initializers.xavier_uniform


class MLP(nn.Module):
    hidden_dims: Sequence[int]
    activations: Callable[[jnp.ndarray], jnp.ndarray] = nn.relu
    activate_final: bool = False

    @nn.compact
    def __call__(self, x: jnp.ndarray) -> jnp.ndarray:
        for i, size in enumerate(self.hidden_dims):
            x = nn.Dense(size, kernel_init=default_init())(x)  # expect: INI101
            if i + 1 < len(self.hidden_dims) or self.activate_final:
                x = self.activations(x)
        return x
