"""The same MLP written as intended: the final layer's scale goes to variance_scaling (fan_avg, uniform:
Glorot times the scale), and xavier_uniform is given its axes by keyword."""
from typing import Optional, Sequence

import flax.linen as nn
import jax.numpy as jnp


def default_init(scale: float = 1.0):
    return nn.initializers.variance_scaling(scale, "fan_avg", "uniform")


class MLP(nn.Module):
    hidden_dims: Sequence[int]
    scale_final: Optional[float] = None

    @nn.compact
    def __call__(self, x: jnp.ndarray) -> jnp.ndarray:
        for i, size in enumerate(self.hidden_dims):
            if i + 1 == len(self.hidden_dims) and self.scale_final is not None:
                x = nn.Dense(size, kernel_init=default_init(self.scale_final))(x)
            elif i + 1 == len(self.hidden_dims):
                x = nn.Dense(size, kernel_init=nn.initializers.xavier_uniform(in_axis=-2, out_axis=-1))(x)
            else:
                x = nn.Dense(size, kernel_init=nn.initializers.he_normal())(x)
            if i + 1 < len(self.hidden_dims):
                x = nn.relu(x)
        return x
