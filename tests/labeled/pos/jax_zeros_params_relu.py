"""Pure-JAX params dict with the hidden weight W1 = jnp.zeros(...), used as x @ W1 before
jax.nn.relu and a second layer."""

import jax
import jax.numpy as jnp


def init_params(key, n_in=784, n_hidden=512, n_out=10):
    W1 = jnp.zeros((n_in, n_hidden))  # expect: INI001
    b1 = jnp.zeros(n_hidden)
    W2 = jax.random.normal(key, (n_hidden, n_out)) * jnp.sqrt(1.0 / n_hidden)
    b2 = jnp.zeros(n_out)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward(params, x):
    h = jax.nn.relu(x @ params["W1"] + params["b1"])
    return h @ params["W2"] + params["b2"]
