"""The same [W, b] pairs per layer, drawn with He's variance scaling (2 / fan_in): right for the ReLU stack."""

import jax
import jax.numpy as jnp
from jax.scipy.special import logsumexp


class MLP:
    def __init__(self, layer_sizes):
        self.layer_sizes = layer_sizes
        self.init_params()

    def init_params(self):
        initializer = jax.nn.initializers.variance_scaling(2.0, "fan_in", "truncated_normal")
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
