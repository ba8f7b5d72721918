"""Haiku MNIST example: hk.Flatten + hk.nets.MLP / hk.Linear with default initializers
(truncated normal 1/sqrt(fan_in)) and jax.nn.relu."""

import haiku as hk
import jax


def net_fn(images):
    mlp = hk.Sequential([
        hk.Flatten(),
        hk.Linear(300), jax.nn.relu,
        hk.Linear(100), jax.nn.relu,
        hk.Linear(10),
    ])
    return mlp(images)


def net_fn2(images):
    return hk.nets.MLP([300, 100, 10])(hk.Flatten()(images))


net = hk.without_apply_rng(hk.transform(net_fn))
