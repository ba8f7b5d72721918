"""A JAX MNIST tutorial draws each layer inline in a comprehension over zipped slices of the size list
(`for key, (m, n) in zip(keys, zip(layer_sizes[:-1], layer_sizes[1:]))`), scale 0.01; the script passes
[784, 1024, 1024, 10]: at fan-in 784 and 1024, 0.01 is above a tenth of He (RULES: known fan-in decides)."""

import jax
import jax.numpy as jnp


def initialize_network_params(layer_sizes, scale=1e-2, seed=0):
    rng = jax.random.PRNGKey(seed)
    keys = jax.random.split(rng, len(layer_sizes))
    return [(scale * jax.random.normal(key, (m, n)), scale * jax.random.normal(key, (n,)))
            for key, (m, n) in zip(keys, zip(layer_sizes[:-1], layer_sizes[1:]))]


def predict(params, x):
    for W, b in params[:-1]:
        x = jnp.maximum(0, jnp.dot(x, W) + b)
    W, b = params[-1]
    return jnp.dot(x, W) + b


layer_sizes = [784, 1024, 1024, 10]
params = initialize_network_params(layer_sizes, seed=0)


def loss(params, x, y):
    return jnp.mean((predict(params, x) - y) ** 2)


grads = jax.grad(loss)(params, jnp.ones(784), jnp.ones(10))
params = [(w - 0.01 * dw, b - 0.01 * db) for (w, b), (dw, db) in zip(params, grads)]
