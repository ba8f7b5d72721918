"""JAX tutorial: y = w * x + b fitted with pmap; w and b are scalars drawn from N(0, 1)
(shape ()): fan-in 1, nothing to saturate (RULES: std 1 with fan-in < 16 is silent)."""

import functools
from typing import NamedTuple

import jax
import jax.numpy as jnp


class Params(NamedTuple):
    weight: jnp.ndarray
    bias: jnp.ndarray


def init_model(rng):
    weights_key, bias_key = jax.random.split(rng)
    weight = jax.random.normal(weights_key, ())
    bias = jax.random.normal(bias_key, ())
    return Params(weight, bias)


def forward(params, xs):
    return params.weight * xs + params.bias


@functools.partial(jax.pmap, axis_name="batch")
def update(params, xs, ys):
    grads = jax.grad(lambda p: jnp.mean((forward(p, xs) - ys) ** 2))(params)
    return jax.tree_util.tree_map(lambda p, g: p - 0.005 * g, params, grads)
