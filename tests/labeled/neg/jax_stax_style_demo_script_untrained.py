"""A book's JAX script writes a stax-style (init_fun, apply_fun) pair by hand, draws W with random.normal in
init_fun, and applies it once to a fixed matrix to print the result. Nothing is trained anywhere in the file:
the drawn W is the input of a forward-pass demo (RULES: what counts as a trained weight)."""

import jax.numpy as jnp
from jax import random

mat_a = jnp.array([[1.7, 1.7], [2.14, 2.14]])


def Dense(dense_shape=(2, 64)):
    def init_fun(input_shape=dense_shape):
        rng = random.PRNGKey(17)
        W = random.normal(rng, shape=input_shape)
        b = random.normal(rng, shape=(input_shape[-1],))
        return (W, b)

    def apply_fun(inputs, params):
        W, b = params
        return jnp.dot(inputs, W) + b

    return init_fun, apply_fun


init_fun, apply_fun = Dense()
res = apply_fun(mat_a, init_fun())
print(res)
