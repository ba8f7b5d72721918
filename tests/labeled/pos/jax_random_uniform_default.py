"""Pure-JAX layer init with jax.random.uniform(key, shape) and no bounds: [0, 1)."""

import jax
import jax.numpy as jnp
from jax import random


def init_layer(key, n_in, n_out):
    W = random.uniform(key, (n_in, n_out))  # expect: INI005
    b = jnp.zeros(n_out)
    return W, b


def mlp(params, x):
    (W1, b1), (W2, b2) = params
    h = jax.nn.sigmoid(x @ W1 + b1)
    return h @ W2 + b2


key1, key2 = random.split(random.PRNGKey(0))
params = [init_layer(key1, 64, 32), init_layer(key2, 32, 1)]
