"""Flax NNX tutorial-style Linear: the kernel is nnx.Param(jax.random.uniform(key, (din, dout))),
which samples [0, 1): every weight positive, the units start correlated."""

import jax
import jax.numpy as jnp
from flax import nnx


class Linear(nnx.Module):
    def __init__(self, din: int, dout: int, *, rngs: nnx.Rngs):
        key = rngs.params()
        self.w = nnx.Param(jax.random.uniform(key, (din, dout)))  # expect: INI005
        self.b = nnx.Param(jnp.zeros((dout,)))
        self.din, self.dout = din, dout

    def __call__(self, x):
        return x @ self.w + self.b


class MLP(nnx.Module):
    def __init__(self, rngs):
        self.lin1 = Linear(784, 256, rngs=rngs)
        self.lin2 = Linear(256, 10, rngs=rngs)

    def __call__(self, x):
        return self.lin2(nnx.relu(self.lin1(x)))
