"""Pure-JAX MLP (tutorial layout) that collects one weight matrix per layer in a loop over the
layer sizes, drawn as jnp.zeros: every hidden layer's units stay identical."""

import jax
import jax.numpy as jnp


def init_mlp(layer_sizes, key):
    params = []
    for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        key, sub = jax.random.split(key)
        W = jnp.zeros((n_in, n_out))  # expect: INI001
        b = jnp.zeros((n_out,))
        params.append({"W": W, "b": b})
    return params


def forward(params, x):
    for layer in params[:-1]:
        x = jax.nn.relu(x @ layer["W"] + layer["b"])
    return x @ params[-1]["W"] + params[-1]["b"]
