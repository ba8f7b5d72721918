"""Haiku port of a PyTorch critic: `kaiming_uniform_(w, a=0.2)` spelled as
VarianceScaling(2 / (1 + 0.2 ** 2), "fan_in", "uniform") -- He for LeakyReLU(0.2) -- but the
port's hidden layers use plain jax.nn.relu."""

import haiku as hk
import jax

SLOPE = 0.2


def critic(obs):
    init = hk.initializers.VarianceScaling(2.0 / (1 + SLOPE ** 2), "fan_in", "uniform")  # expect: INI103
    h = hk.Linear(400, w_init=hk.initializers.VarianceScaling(2.0 / (1 + SLOPE ** 2), "fan_in", "uniform"))(obs)  # expect: INI103
    h = jax.nn.relu(h)
    h = hk.Linear(300, w_init=init)(h)
    h = jax.nn.relu(h)
    return hk.Linear(1)(h)


critic_net = hk.transform(critic)
