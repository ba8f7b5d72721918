"""A JAX MLP of any depth whose layers are [W, b] lists drawn with `normal(0.01)` (an initializer
object called with a key and a shape): std 0.01 on every layer of a deep ReLU stack shrinks the signal
layer after layer."""

import jax
import jax.numpy as jnp


def init_params(layer_sizes):
    initializer = jax.nn.initializers.normal(0.01)  # expect: INI003
    return [[initializer(jax.random.PRNGKey(55), (n, m)), jnp.zeros((n,))]
            for m, n in zip(layer_sizes[:-1], layer_sizes[1:])]


def forward(parameters, x):
    h = x
    for w, b in parameters[:-1]:
        h = jax.nn.relu(jnp.dot(w, h) + b)
    w, b = parameters[-1]
    return jnp.dot(w, h) + b
