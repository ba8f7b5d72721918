"""The same library MLP with a He-scaled scratch Linear (sqrt(2 / in)) in front of relu: the right pairing."""

import jax
import jax.numpy as jnp


class Linear:
    def __init__(self, in_dim, out_dim, key, bias=True):
        self.w = jnp.sqrt(2 / in_dim) * jax.random.normal(key, (in_dim, out_dim))
        self.b = jnp.zeros(out_dim) if bias else None

    def __call__(self, x):
        if self.b is not None:
            return x @ self.w + self.b
        return x @ self.w


class MLP:
    def __init__(self, in_dim, out_dim, inner_dim, n_layers, key):
        keys = jax.random.split(key, n_layers + 2)
        self.linear_layers = []
        self.linear_layers += [Linear(in_dim, inner_dim, keys[0])]
        self.linear_layers += [Linear(inner_dim, inner_dim, keys[i + 1]) for i in range(n_layers)]
        self.linear_layers += [Linear(inner_dim, out_dim, keys[n_layers + 1])]

    def __call__(self, x):
        y = x
        for layer in self.linear_layers[:-1]:
            y = layer(y)
            y = jax.nn.relu(y)
        return self.linear_layers[-1](y)
