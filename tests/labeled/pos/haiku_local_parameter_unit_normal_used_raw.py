"""Haiku layer written by hand: the weight is drawn N(0, 1) and multiplied with a 256-wide input as it is (no
normalisation, no scale): std 1 at fan-in 256."""

import haiku as hk
import jax
import jax.numpy as jnp


class Dense(hk.Module):
    def __init__(self, output_size, name="dense"):
        super().__init__(name=name)
        self.output_size = output_size

    def __call__(self, x):
        w = hk.get_parameter("w", [256, self.output_size], init=hk.initializers.RandomNormal(stddev=1.0))  # expect: INI004
        b = hk.get_parameter("b", [self.output_size], init=jnp.zeros)
        return jax.nn.relu(jnp.dot(x, w) + b)
