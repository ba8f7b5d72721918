"""JAX "Training a simple neural network" tutorial layout: a loop over all layers of a
784-512-512-10 ReLU MLP drawing 0.01 * random.normal. The sizes are known from the call: at fan-in 784 and
512, 0.01 is above a tenth of He's std (0.005 / 0.006), so it stays silent (RULES: known fan-in decides;
the 0.01 deep-stack clause applies only where fan-in is unknown)."""

import jax.numpy as jnp
from jax import random


def init_network_params(sizes, key):
    keys = random.split(key, len(sizes))
    params = []
    for m, n, k in zip(sizes[:-1], sizes[1:], keys):
        w_key, b_key = random.split(k)
        W = 0.01 * random.normal(w_key, (n, m))
        b = jnp.zeros((n,))
        params.append((W, b))
    return params


def predict(params, image):
    activations = image
    for W, b in params[:-1]:
        activations = jnp.maximum(0, jnp.dot(W, activations) + b)
    final_W, final_b = params[-1]
    return jnp.dot(final_W, activations) + final_b


params = init_network_params([784, 512, 512, 10], random.PRNGKey(0))
