"""The same `partial(nn.Dense, kernel_init=...)` with He before ELU, and a Glorot partial used only for the
tanh layers of another network: each matches its activation."""

from functools import partial

import flax.linen as nn
from jax.nn.initializers import glorot_normal, he_normal


class ReluFamilyNet(nn.Module):
    @nn.compact
    def __call__(self, x):
        dense = partial(nn.Dense, kernel_init=he_normal())
        return nn.Sequential([dense(16), nn.elu, dense(16), nn.elu, dense(1)])(x)


class TanhNet(nn.Module):
    @nn.compact
    def __call__(self, x):
        dense = partial(nn.Dense, kernel_init=glorot_normal())
        return nn.Sequential([dense(32), nn.tanh, dense(32), nn.tanh, dense(1)])(x)
