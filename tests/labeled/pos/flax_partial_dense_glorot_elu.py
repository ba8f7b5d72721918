"""Randomized-prior ensembles in Flax: a `partial` of `nn.Dense` carries the kernel initializer to every layer
it makes, and the hidden ones feed ELU: Glorot keeps the variance for tanh, not for the ReLU family."""

from functools import partial

import flax.linen as nn
from jax.nn.initializers import glorot_normal


class GenericNet(nn.Module):
    @nn.compact
    def __call__(self, x):
        dense = partial(nn.Dense, kernel_init=glorot_normal())  # expect: INI101
        return nn.Sequential([dense(16), nn.elu, dense(16), nn.elu, dense(1)])(x)


class Model(nn.Module):
    prior: GenericNet = GenericNet()
    trainable: GenericNet = GenericNet()
    beta: float = 3.0

    @nn.compact
    def __call__(self, x):
        return self.beta * self.prior(x) + self.trainable(x)
