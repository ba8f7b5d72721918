"""Haiku MLP with w_init=hk.initializers.VarianceScaling(2.0, "fan_avg", "uniform") -- the He
variance over fan_avg -- on layers that feed jax.nn.sigmoid / jnp.tanh."""

import haiku as hk
import jax
import jax.numpy as jnp


def mlp(x):
    x = hk.Linear(512, w_init=hk.initializers.VarianceScaling(2.0, "fan_avg", "uniform"))(x)  # expect: INI102
    x = jnp.tanh(x)
    x = hk.Linear(512, w_init=hk.initializers.VarianceScaling(2.0, "fan_avg", "uniform"))(x)  # expect: INI102
    x = jax.nn.sigmoid(x)
    return hk.Linear(10)(x)


net = hk.without_apply_rng(hk.transform(mlp))
