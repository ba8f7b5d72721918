"""Epistemic-network hypermodel (Haiku): the layer's weight is drawn N(0, 1) and normalised in __call__ before use
(`w /= norm(w)`, then scaled by sqrt(1 / fan_in)): its initial scale is irrelevant."""

import haiku as hk
import jax.numpy as jnp


class HyperLinear(hk.Module):
    def __init__(self, output_size, index_dim, name="hyper_linear"):
        super().__init__(name=name)
        self.output_size = output_size
        self.index_dim = index_dim

    def __call__(self, x, z):
        _, hidden_size = x.shape
        init = hk.initializers.RandomNormal()
        w = hk.get_parameter("w", [self.output_size, hidden_size, self.index_dim], init=init)
        w /= jnp.linalg.norm(w, axis=-1, keepdims=True)
        w *= jnp.sqrt(1 / hidden_size)
        weights = jnp.einsum("ohi,i->oh", w, z)
        return jnp.einsum("oh,bh->bo", weights, x)
