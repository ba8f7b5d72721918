"""The Haiku score network with its hidden Linears at Haiku's default (truncated LeCun) and only the output
Linear, the last one appended to the list `hk.Sequential(model)` is given, at zero: a zero output layer is fine."""

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
            model.append(hk.Linear(width))
            model.append(tanh)
        model.append(hk.Linear(self.dim, w_init=jnp.zeros, b_init=jnp.zeros))
        return hk.Sequential(model)

    def __call__(self, x):
        return self.model()(x)
