"""Flax NNX Linear written by hand the way the NNX guide does: a LeCun-normal kernel and a zero bias,
both nnx.Param. Nothing wrong."""

import jax.numpy as jnp
from flax import nnx


class Linear(nnx.Module):
    def __init__(self, din: int, dout: int, *, rngs: nnx.Rngs):
        key = rngs.params()
        self.w = nnx.Param(nnx.initializers.lecun_normal()(key, (din, dout)))
        self.b = nnx.Param(jnp.zeros((dout,)))

    def __call__(self, x):
        return x @ self.w + self.b
