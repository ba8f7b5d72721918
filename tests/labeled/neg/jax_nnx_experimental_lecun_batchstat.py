"""NNX as Flax 0.7-0.8 shipped it (`from flax.experimental import nnx`): a LeCun-normal kernel, a zero bias, a
batch norm whose scale is ones and whose running statistics are nnx.BatchStat zeros and ones. All defaults
of the framework: nothing to report."""

import jax
import jax.numpy as jnp
from flax.experimental import nnx


class Linear(nnx.Module):
    def __init__(self, din: int, dout: int, *, rngs: nnx.Rngs):
        self.kernel = nnx.Param(nnx.initializers.lecun_normal()(rngs.params(), (din, dout)))
        self.bias = nnx.Param(jnp.zeros((dout,)))

    def __call__(self, x):
        return x @ self.kernel + self.bias


class BatchNorm(nnx.Module):
    def __init__(self, din: int, mu: float = 0.95):
        self.scale = nnx.Param(jnp.ones((din,)))
        self.bias = nnx.Param(jnp.zeros((din,)))
        self.mean = nnx.BatchStat(jnp.zeros((din,)))
        self.var = nnx.BatchStat(jnp.ones((din,)))
        self.mu = mu

    def __call__(self, x):
        return self.scale * (x - self.mean) / jnp.sqrt(self.var + 1e-5) + self.bias


class MLP(nnx.Module):
    def __init__(self, din, dhidden, dout, *, rngs: nnx.Rngs):
        self.linear1 = Linear(din, dhidden, rngs=rngs)
        self.bn = BatchNorm(dhidden)
        self.linear2 = Linear(dhidden, dout, rngs=rngs)

    def __call__(self, x):
        return self.linear2(jax.nn.relu(self.bn(self.linear1(x))))
