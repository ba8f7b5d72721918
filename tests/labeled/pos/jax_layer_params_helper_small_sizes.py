"""JAX's MLP recipe on a tiny regression net: `random_layer_params` keeps its scale=1e-2 default while
the sizes [1, 17, 17, 1] make the fan-ins 1 and 17 (He: 1.41 and 0.34), so 0.01 is far under a
tenth of what the layers need."""

import jax.numpy as jnp
from jax import random


def random_layer_params(m, n, key, scale=1e-2):
    w_key, b_key = random.split(key)
    return scale * random.normal(w_key, (n, m)), scale * random.normal(b_key, (n,))  # expect: INI003


def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    return [random_layer_params(m, n, k) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]


layer_sizes = [1, 17, 17, 1]
params = init_network_params(layer_sizes, random.PRNGKey(0))


def predict(params, x):
    activations = x
    for w, b in params[:-1]:
        activations = jnp.maximum(0, jnp.dot(w, activations) + b)
    final_w, final_b = params[-1]
    return jnp.dot(final_w, activations) + final_b
