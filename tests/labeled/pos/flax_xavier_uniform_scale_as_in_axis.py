"""A jaxrl-style Flax MLP: `default_init(self.scale_final)` hands the final layer's scale to
nn.initializers.xavier_uniform, whose first parameter is in_axis: there is no scale parameter, so the number
becomes an axis (an error or the wrong fan-in) and the intended small final layer never happens."""
from typing import Optional, Sequence

import flax.linen as nn
import jax.numpy as jnp

default_init = nn.initializers.xavier_uniform


class MLP(nn.Module):
    hidden_dims: Sequence[int]
    scale_final: Optional[float] = None

    @nn.compact
    def __call__(self, x: jnp.ndarray) -> jnp.ndarray:
        for i, size in enumerate(self.hidden_dims):
            if i + 1 == len(self.hidden_dims) and self.scale_final is not None:
                x = nn.Dense(size, kernel_init=default_init(self.scale_final))(x)  # expect: INI006
            else:
                x = nn.Dense(size, kernel_init=nn.initializers.he_normal())(x)
            if i + 1 < len(self.hidden_dims):
                x = nn.relu(x)
        return x
