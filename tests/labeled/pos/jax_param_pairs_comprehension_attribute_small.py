"""A JAX MLP class whose parameters are a list of [W, b] pairs built in a comprehension over the layer sizes
and bound to an attribute, every W drawn by normal(0.01): the 0.01 scale on every layer of a ReLU stack
whose fan-ins are unknown here (the deep-stack clause)."""

import jax
import jax.numpy as jnp
from jax.scipy.special import logsumexp


class MLP:
    def __init__(self, layer_sizes):
        self.layer_sizes = layer_sizes
        self.init_params()

    def init_params(self):
        initializer = jax.nn.initializers.normal(0.01)  # expect: INI003
        self.parameters = [
            [initializer(jax.random.PRNGKey(0), (n, m)), initializer(jax.random.PRNGKey(1), (n,))]
            for m, n in zip(self.layer_sizes[:-1], self.layer_sizes[1:])]

    def forward(self, params, x):
        h = x
        for w, b in params[:-1]:
            h = jax.nn.relu(jnp.dot(w, h) + b)
        w, b = params[-1]
        out = jnp.dot(w, h) + b
        return out - logsumexp(out)
