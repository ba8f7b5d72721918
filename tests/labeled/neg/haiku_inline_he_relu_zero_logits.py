"""Haiku policy network written inline: He (VarianceScaling(2.0)) on ReLU hidden layers and a
zero-initialised final logits layer (a common RL trick: uniform initial policy)."""

import haiku as hk
import jax


def policy(obs):
    h = hk.Linear(256, w_init=hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal"))(obs)
    h = jax.nn.relu(h)
    h = hk.Linear(256, w_init=hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal"))(h)
    h = jax.nn.relu(h)
    return hk.Linear(6, w_init=hk.initializers.Constant(0.0))(h)


policy_net = hk.transform(policy)
