"""A JAX practice MLP for MNIST: the parameters are a pytree of [weight, bias] pairs drawn with
`jax.random.normal` (std 1) and trained by a gradient step; std 1 at fan-in 784 and above explodes the ReLUs."""

import jax
import jax.numpy as jnp
from jax import value_and_grad

keys = jax.random.split(jax.random.PRNGKey(42), 8)

params = [
    [jax.random.normal(keys[0], (512, 784)),  # expect: INI004
     jax.random.normal(keys[1], (512,))],
    [jax.random.normal(keys[2], (256, 512)),  # expect: INI004
     jax.random.normal(keys[3], (256,))],
    [jax.random.normal(keys[4], (10, 256)),  # expect: INI004
     jax.random.normal(keys[5], (10,))],
]


def forward(params, x):
    for w, b in params[:-1]:
        x = jax.nn.relu(jnp.dot(x, w.T) + b)
    w, b = params[-1]
    return jax.nn.log_softmax(jnp.dot(x, w.T) + b)


def loss(params, x, y):
    return -jnp.mean(jnp.sum(forward(params, x) * y, axis=1))


def step(params, x, y, lr=1e-3):
    value, grads = value_and_grad(loss)(params, x, y)
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads), value
