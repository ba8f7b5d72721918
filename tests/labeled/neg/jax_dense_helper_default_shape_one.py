"""A stax-like Dense helper whose default shape is [1, 1] and whose every call leaves it: a 1 x 1 weight
drawn N(0, 1) has fan-in 1, under 16 (RULES: std 1 with fan-in < 16 is silent)."""

import jax.numpy as jnp
from jax import random


def Dense(dense_shape=[1, 1]):
    rng = random.PRNGKey(17)
    weight = random.normal(rng, shape=dense_shape)
    bias = random.normal(rng, shape=(dense_shape[-1],))
    params = [weight, bias]

    def apply_fun(inputs, params=params):
        W, b = params
        return jnp.dot(inputs, W) + b

    return apply_fun


def mlp(x, params):
    a0, b0, a1, b1 = params
    x = jnp.tanh(Dense()(x, [a0, b0]))
    return Dense()(x, [a1, b1])
