"""Haiku tanh MLP with VarianceScaling(1.0, "fan_in", "truncated_normal") (LeCun) and a tuned
VarianceScaling(0.01) on the policy head: nothing to pair."""

import haiku as hk
import jax.numpy as jnp


def policy(obs, n_actions):
    h = hk.Linear(64, w_init=hk.initializers.VarianceScaling(1.0, "fan_in", "truncated_normal"))(obs)
    h = jnp.tanh(h)
    h = hk.Linear(64, w_init=hk.initializers.VarianceScaling(1.0, "fan_in", "truncated_normal"))(h)
    h = jnp.tanh(h)
    return hk.Linear(n_actions, w_init=hk.initializers.VarianceScaling(0.01))(h)


net = hk.transform(policy)
