"""Haiku MLP with w_init=hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform") --
Glorot uniform written out, as real haiku code names it "glorot" -- feeding jax.nn.relu."""

import haiku as hk
import jax


def mlp(x):
    x = hk.Linear(128, w_init=hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform"))(x)  # expect: INI101
    x = jax.nn.relu(x)
    x = hk.Linear(128, w_init=hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform"))(x)  # expect: INI101
    x = jax.nn.relu(x)
    return hk.Linear(1)(x)


model = hk.transform(mlp)
