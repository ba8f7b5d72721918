"""The pure-JAX MLP whose NamedTuple fields are drawn with the He scale for the ReLU layer and LeCun's for the
output; a second record holds a random batch of data (`Batch(x=jax.random.normal(...))`), which is no weight."""

from typing import NamedTuple

import jax
import jax.numpy as jnp


class Params(NamedTuple):
    w1: jnp.ndarray
    b1: jnp.ndarray
    w2: jnp.ndarray
    b2: jnp.ndarray


def init_params(d_in, d_hidden, d_out, key):
    k1, k2 = jax.random.split(key)
    return Params(
        w1=jax.random.normal(k1, [d_in, d_hidden]) * jnp.sqrt(2.0 / d_in),
        b1=jnp.zeros([d_hidden]),
        w2=jax.random.normal(k2, [d_hidden, d_out]) * jnp.sqrt(1.0 / d_hidden),
        b2=jnp.zeros([d_out]),
    )


def forward(params, x):
    h = jax.nn.relu(x @ params.w1 + params.b1)
    return h @ params.w2 + params.b2


def update(params, grads, lr=0.01):
    return jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)


class Batch(NamedTuple):
    x: jnp.ndarray
    y: jnp.ndarray


params = init_params(784, 512, 10, jax.random.PRNGKey(0))
batch = Batch(x=jax.random.normal(jax.random.PRNGKey(1), (64, 784)), y=jnp.zeros((64,), dtype=jnp.int32))
logits = forward(params, batch.x)
