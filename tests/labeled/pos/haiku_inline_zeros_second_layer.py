"""Haiku MNIST classifier written as an inline chain; the second hidden hk.Linear has
w_init=jnp.zeros, so its units stay identical and (ReLU, zero bias) get no gradient."""

import haiku as hk
import jax
import jax.numpy as jnp


def net_fn(images):
    x = hk.Flatten()(images)
    x = hk.Linear(512)(x)
    x = jax.nn.relu(x)
    x = hk.Linear(256, w_init=jnp.zeros)(x)  # expect: INI001
    x = jax.nn.relu(x)
    return hk.Linear(10)(x)


net = hk.without_apply_rng(hk.transform(net_fn))
