"""The same flat list of (weight, bias) pairs, each weight scaled by 1/sqrt(fan_in) (LeCun, right for tanh)
and each bias zero: nothing to report."""

import jax
import jax.numpy as jnp


def init_params(key, sizes):
    keys = jax.random.split(key, len(sizes))
    params = [jax.random.normal(keys[0], (sizes[0], sizes[1])) / jnp.sqrt(sizes[0]), jnp.zeros((sizes[1],))]
    for i in range(1, len(sizes) - 1):
        params.extend([jax.random.normal(keys[i], (sizes[i], sizes[i + 1])) / jnp.sqrt(sizes[i]),
                       jnp.zeros((sizes[i + 1],))])
    return params


def forward(params, x):
    for i in range(len(params) // 2):
        x = jnp.tanh(jnp.dot(x, params[2 * i]) + params[2 * i + 1])
    return x
