"""NNX before it joined Flax (the standalone `nnx` package, `import nnx`, with `ctx.make_rng`): the same
Module/Param API, so `nnx.Param(jax.random.uniform(...))` is a trained kernel drawn from [0, 1), every weight
positive, feeding ReLU."""

import jax
import jax.numpy as jnp

import nnx


class Linear(nnx.Module):
    def __init__(self, din: int, dout: int, *, ctx: nnx.Context):
        self.w = nnx.Param(jax.random.uniform(ctx.make_rng("params"), (din, dout)))  # expect: INI005
        self.b = nnx.Param(jnp.zeros((dout,)))

    def __call__(self, x):
        return x @ self.w + self.b


class MLP(nnx.Module):
    def __init__(self, din, dhidden, dout, *, ctx: nnx.Context):
        self.linear1 = Linear(din, dhidden, ctx=ctx)
        self.linear2 = Linear(dhidden, dout, ctx=ctx)

    def __call__(self, x):
        return self.linear2(jax.nn.relu(self.linear1(x)))
