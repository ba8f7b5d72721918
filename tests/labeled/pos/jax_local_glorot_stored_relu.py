"""A JAX MLP whose weights come from a Glorot initializer object, drawn into a local (transposed) and
stored in the params dict; every hidden layer feeds jax.nn.relu, for which He is the scale."""

import jax
import jax.numpy as jnp


def initialize_parameters(sizes, seed=0):
    init = jax.nn.initializers.glorot_normal()  # expect: INI101
    key = jax.random.PRNGKey(seed)
    params = {}
    for i in range(len(sizes) - 1):
        key, subkey = jax.random.split(key)
        w = init(subkey, (sizes[i + 1], sizes[i]), jnp.float32).T
        params[f"W{i + 1}"] = w
        params[f"b{i + 1}"] = jnp.zeros((sizes[i + 1],))
    return params


def forward(params, X):
    n_layers = len(params) // 2
    h = X
    for i in range(1, n_layers):
        h = jax.nn.relu(h @ params[f"W{i}"] + params[f"b{i}"])
    return h @ params[f"W{n_layers}"] + params[f"b{n_layers}"]
