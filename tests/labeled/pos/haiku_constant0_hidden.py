"""Haiku MLP whose hidden hk.Linear layers use w_init=hk.initializers.Constant(0.0)
(all-zero weights) and feed jax.nn.relu."""

import haiku as hk
import jax


def forward(x):
    x = hk.Linear(300, w_init=hk.initializers.Constant(0.0))(x)  # expect: INI001
    x = jax.nn.relu(x)
    x = hk.Linear(100, w_init=hk.initializers.Constant(0.0))(x)  # expect: INI001
    x = jax.nn.relu(x)
    return hk.Linear(10)(x)


model = hk.transform(forward)
