"""JAX's MLP recipe as its tutorial writes it: scale=1e-2 with sizes [784, 512, 512, 10]. At fan-in 784
He's std is 0.05 and at 512 it is 0.0625: 0.01 is small but not under a tenth of either (RULES: known
fan-in decides; the 0.01 deep-stack clause does not apply when the sizes are known)."""

import jax.numpy as jnp
from jax import random


def random_layer_params(m, n, key, scale=1e-2):
    w_key, b_key = random.split(key)
    return scale * random.normal(w_key, (n, m)), scale * random.normal(b_key, (n,))


def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    return [random_layer_params(m, n, k) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]


layer_sizes = [784, 512, 512, 10]
params = init_network_params(layer_sizes, random.PRNGKey(0))


def predict(params, image):
    activations = image
    for w, b in params[:-1]:
        activations = jnp.maximum(0, jnp.dot(w, activations) + b)
    final_w, final_b = params[-1]
    return jnp.dot(final_w, activations) + final_b
