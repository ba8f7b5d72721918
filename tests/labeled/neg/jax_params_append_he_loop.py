"""Pure-JAX MLP collecting per-layer weights in a loop: He-scaled normal draws for the ReLU
layers and zero biases -- correct."""

import jax
import jax.numpy as jnp


def init_mlp(layer_sizes, key):
    params = []
    for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        key, sub = jax.random.split(key)
        W = jax.random.normal(sub, (n_in, n_out)) * jnp.sqrt(2.0 / n_in)
        b = jnp.zeros((n_out,))
        params.append((W, b))
    return params


def forward(params, x):
    for W, b in params[:-1]:
        x = jax.nn.relu(x @ W + b)
    W, b = params[-1]
    return x @ W + b
