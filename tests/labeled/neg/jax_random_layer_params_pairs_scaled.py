"""The JAX MNIST tutorial's random_layer_params: one (w, b) pair per layer, scaled by the fan-in the
caller passes (1 / sqrt(m)). The right scale."""

import jax.numpy as jnp
from jax import random


def random_layer_params(m, n, key, scale):
    w_key, b_key = random.split(key)
    return scale * random.normal(w_key, (n, m)), scale * random.normal(b_key, (n,))


def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    return [random_layer_params(m, n, k, 1.0 / jnp.sqrt(m)) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]


def predict(params, image):
    activations = image
    for w, b in params[:-1]:
        activations = jnp.tanh(jnp.dot(w, activations) + b)
    final_w, final_b = params[-1]
    return jnp.dot(final_w, activations) + final_b


params = init_network_params([784, 512, 512, 10], random.PRNGKey(0))
