"""Haiku critic with w_init=hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal")
(He) on layers that feed jnp.tanh."""

import haiku as hk
import jax.numpy as jnp


def critic(obs):
    h = hk.Linear(256, w_init=hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal"))(obs)  # expect: INI102
    h = jnp.tanh(h)
    h = hk.Linear(256, w_init=hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal"))(h)  # expect: INI102
    h = jnp.tanh(h)
    return hk.Linear(1)(h)


model = hk.transform(critic)
