"""Logistic regression on MNIST pixels in JAX: the weight vector has 784 entries, one per input, and std 1
makes the logit's variance 784 x the input's; the sigmoid saturates from the first step."""

import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
params = {"w": jax.random.normal(key, (784,)), "b": 0.0}  # expect: INI004


def loss(params, X, y):
    p = jax.nn.sigmoid(jnp.dot(X, params["w"]) + params["b"])
    return -jnp.mean(y * jnp.log(p) + (1 - y) * jnp.log(1 - p))


def step(params, X, y, lr=0.1):
    grads = jax.grad(loss)(params, X, y)
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)
