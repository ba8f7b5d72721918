"""A Haiku score network builds its layers into a list in a loop (`model.append(hk.Linear(l, w_init=jnp.zeros))`,
then tanh) and hands the list to `hk.Sequential(model)`: every hidden Linear starts at zero, so no hidden unit
ever differs from another (the last Linear, the output, may start at zero)."""

import dataclasses
from typing import List

import haiku as hk
import jax.numpy as jnp
from jax.nn import tanh


@dataclasses.dataclass
class ScoreNet(hk.Module):
    dim: int
    layers: List

    def model(self):
        model = []
        for width in self.layers:
            model.append(hk.Linear(width, w_init=jnp.zeros, b_init=jnp.zeros))  # expect: INI001
            model.append(tanh)
        model.append(hk.Linear(self.dim, w_init=jnp.zeros, b_init=jnp.zeros))
        return hk.Sequential(model)

    def __call__(self, x):
        return self.model()(x)
