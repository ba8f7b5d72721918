"""Haiku residual MLP (AlphaFold "final_init='zeros'" idea): He VarianceScaling(2.0) on the
ReLU layer, w_init=jnp.zeros on the last layer of the residual branch."""

import haiku as hk
import jax
import jax.numpy as jnp


class Transition(hk.Module):
    def __init__(self, factor=4, name="transition"):
        super().__init__(name=name)
        self.factor = factor

    def __call__(self, act):
        dim = act.shape[-1]
        x = hk.LayerNorm(axis=-1, create_scale=True, create_offset=True)(act)
        x = hk.Linear(dim * self.factor, w_init=hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal"))(x)
        x = jax.nn.relu(x)
        x = hk.Linear(dim, w_init=jnp.zeros)(x)
        return act + x
