"""JAX MLP from scratch: the weight list is trained with jax.grad, but every layer is
drawn N(0, 1) for fan-in 8192: std 1 on a large fan-in."""

import jax
import jax.numpy as jnp
from jax import random

k1, k2 = random.split(random.PRNGKey(0))
params = [random.normal(k1, (8192, 8192)), random.normal(k2, (8192, 10))]  # expect: INI004


def loss(params, x, y):
    h = jnp.tanh(x @ params[0])
    return jnp.mean((h @ params[1] - y) ** 2)


@jax.jit
def step(params, x, y):
    grads = jax.grad(loss)(params, x, y)
    return [w - 0.01 * g for w, g in zip(params, grads)]
