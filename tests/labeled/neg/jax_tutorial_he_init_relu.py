"""Pure-JAX MLP with He-scaled normal init: random.normal(k, (n, m)) * jnp.sqrt(2.0 / m),
zero biases, relu hidden layers."""

import jax.numpy as jnp
from jax import random


def init_layer(m, n, key):
    W = random.normal(key, (n, m)) * jnp.sqrt(2.0 / m)
    b = jnp.zeros((n,))
    return W, b


def init_network(sizes, key):
    keys = random.split(key, len(sizes))
    return [init_layer(m, n, k) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]


def predict(params, x):
    for W, b in params[:-1]:
        x = jnp.maximum(0, jnp.dot(W, x) + b)
    W, b = params[-1]
    return jnp.dot(W, x) + b


params = init_network([784, 512, 512, 10], random.PRNGKey(0))
