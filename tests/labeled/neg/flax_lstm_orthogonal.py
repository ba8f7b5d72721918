"""Flax custom recurrent cell: self.param kernels with orthogonal() for the recurrent matrix and
lecun_normal() for the input matrix, zeros bias (orthogonal is never paired)."""

import flax.linen as nn
import jax.numpy as jnp


class SimpleRNNCell(nn.Module):
    hidden: int = 128

    @nn.compact
    def __call__(self, h, x):
        W_ih = self.param("W_ih", nn.initializers.lecun_normal(), (x.shape[-1], self.hidden))
        W_hh = self.param("W_hh", nn.initializers.orthogonal(), (self.hidden, self.hidden))
        b = self.param("b", nn.initializers.zeros, (self.hidden,))
        h = jnp.tanh(x @ W_ih + h @ W_hh + b)
        return h, h
