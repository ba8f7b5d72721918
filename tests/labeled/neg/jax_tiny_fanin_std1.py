"""JAX from-scratch XOR: a 2-8-1 tanh MLP whose weights are unit normals. std 1 with
fan-in 2 or 8 is not too large."""

import jax
import jax.numpy as jnp
from jax import random

k1, k2 = random.split(random.PRNGKey(0))
params = {"W1": random.normal(k1, (2, 8)), "b1": jnp.zeros(8),
          "W2": random.normal(k2, (8, 1)), "b2": jnp.zeros(1)}


def forward(params, x):
    h = jnp.tanh(x @ params["W1"] + params["b1"])
    return jax.nn.sigmoid(h @ params["W2"] + params["b2"])


def loss(params, x, y):
    return jnp.mean((forward(params, x) - y) ** 2)


x = jnp.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = jnp.array([[0.0], [1.0], [1.0], [0.0]])
for _ in range(2000):
    grads = jax.grad(loss)(params, x, y)
    params = jax.tree_util.tree_map(lambda p, g: p - 0.5 * g, params, grads)
