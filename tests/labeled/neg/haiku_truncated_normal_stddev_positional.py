"""Haiku transformer MLP: hk.initializers.TruncatedNormal(0.02) -- haiku's first argument is
stddev (unlike Keras' TruncatedNormal(mean, stddev)) -- with gelu."""

import haiku as hk
import jax


class DenseBlock(hk.Module):
    def __init__(self, widening_factor=4, name=None):
        super().__init__(name=name)
        self._widening_factor = widening_factor

    def __call__(self, x):
        hiddens = x.shape[-1]
        initializer = hk.initializers.TruncatedNormal(0.02)
        x = hk.Linear(self._widening_factor * hiddens, w_init=initializer)(x)
        x = jax.nn.gelu(x)
        return hk.Linear(hiddens, w_init=initializer)(x)
