"""Haiku conv net with w_init=hk.initializers.Constant(0.5): every filter identical."""

import haiku as hk
import jax


def net(images):
    x = hk.Conv2D(output_channels=16, kernel_shape=3, w_init=hk.initializers.Constant(0.5))(images)  # expect: INI002
    x = jax.nn.relu(x)
    x = hk.Flatten()(x)
    return hk.Linear(10)(x)


model = hk.without_apply_rng(hk.transform(net))
