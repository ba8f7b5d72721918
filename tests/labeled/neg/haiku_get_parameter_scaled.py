"""Haiku custom linear via hk.get_parameter: w ~ TruncatedNormal(stddev=1/sqrt(fan_in)),
b zeros (haiku's own Linear recipe), followed by tanh."""

import haiku as hk
import jax.numpy as jnp
import numpy as np


class MyLinear(hk.Module):
    def __init__(self, output_size, name=None):
        super().__init__(name=name)
        self.output_size = output_size

    def __call__(self, x):
        j, k = x.shape[-1], self.output_size
        w_init = hk.initializers.TruncatedNormal(stddev=1.0 / np.sqrt(j))
        w = hk.get_parameter("w", shape=[j, k], dtype=x.dtype, init=w_init)
        b = hk.get_parameter("b", shape=[k], dtype=x.dtype, init=jnp.zeros)
        return jnp.tanh(jnp.dot(x, w) + b)
