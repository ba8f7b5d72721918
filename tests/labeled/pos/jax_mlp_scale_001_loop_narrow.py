"""JAX "Training a simple neural network" tutorial layout for a small problem: a loop over all layers of a
2-8-8-1 ReLU MLP drawing 0.01 * random.normal. At fan-in 2 and 8 He's std is 1 and 0.5: 0.01 is far under
a tenth of it and the signal vanishes."""

import jax.numpy as jnp
from jax import random


def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    params = []
    for m, n, k in zip(sizes[:-1], sizes[1:], keys):
        w_key, b_key = random.split(k)
        W = 0.01 * random.normal(w_key, (n, m))  # expect: INI003
        b = jnp.zeros((n,))
        params.append((W, b))
    return params


def predict(params, image):
    activations = image
    for W, b in params[:-1]:
        activations = jnp.maximum(0, jnp.dot(W, activations) + b)
    final_W, final_b = params[-1]
    return jnp.dot(final_W, activations) + final_b


params = init_network_params([2, 8, 8, 1], random.PRNGKey(0))
