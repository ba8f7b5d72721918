"""Pure-JAX two-layer MLP with an unscaled jax.random.normal hidden weight (std 1, 784 inputs)."""

import jax
import jax.numpy as jnp


def init_params(key):
    k1, k2 = jax.random.split(key)
    W1 = jax.random.normal(k1, (784, 256))  # expect: INI004
    b1 = jnp.zeros(256)
    W2 = jax.random.normal(k2, (256, 10)) / jnp.sqrt(256.0)
    b2 = jnp.zeros(10)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward(params, x):
    h = jax.nn.relu(x @ params["W1"] + params["b1"])
    return h @ params["W2"] + params["b2"]
