"""Pure JAX with jax.nn.initializers: glorot_normal() for tanh hidden layers, zeros for biases,
and a dropout key split from the same PRNG (random bits are noise, not weights)."""

import jax
import jax.numpy as jnp
from jax.nn import initializers


def init_params(key, sizes=(32, 64, 64, 1)):
    glorot = initializers.glorot_normal()
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        key, sub = jax.random.split(key)
        params.append({"W": glorot(sub, (n_in, n_out)), "b": jnp.zeros(n_out)})
    return params


def forward(params, x, key, rate=0.1):
    for p in params[:-1]:
        x = jnp.tanh(x @ p["W"] + p["b"])
        key, sub = jax.random.split(key)
        keep = jax.random.uniform(sub, x.shape) > rate
        x = jnp.where(keep, x / (1 - rate), 0.0)
    return x @ params[-1]["W"] + params[-1]["b"]
