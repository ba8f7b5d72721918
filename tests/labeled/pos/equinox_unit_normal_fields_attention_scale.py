"""An Equinox transformer block whose projection matrices are fields drawn N(0, 1) with fan-in `dim`:
every one explodes. Scaling the query piece by dim_head ** -0.5 (attention's temperature) does not
rescale the fused projection it was split from; the fields' names say nothing, their use does."""

import equinox as eqx
import jax.numpy as np
from jax import random


class Block(eqx.Module):
    wi: np.ndarray
    attn_wo: np.ndarray
    scale: float = eqx.static_field()

    def __init__(self, dim, dim_head, heads, key):
        inner = dim_head * heads
        self.wi = random.normal(key, (dim, 3 * inner))  # expect: INI004
        self.attn_wo = random.normal(key, (inner, dim))  # expect: INI004
        self.scale = dim_head ** -0.5

    def __call__(self, x):
        q, k, v = np.split(x @ self.wi, 3, axis=-1)
        q = q.reshape(q.shape)
        q *= self.scale
        attn = np.exp(q @ k.T)
        return (attn @ v) @ self.attn_wo
