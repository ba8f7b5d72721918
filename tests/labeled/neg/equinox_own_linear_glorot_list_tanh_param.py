"""The same equinox Linear and MLP with `act_fun` defaulting to jax.nn.tanh: Glorot is what tanh calls for."""

import equinox as eqx
import jax
import jax.nn as jnn
import jax.numpy as jnp
import jax.random as jr


class Linear(eqx.Module):
    weight: jnp.ndarray
    bias: jnp.ndarray

    def __init__(self, in_features, out_features, key):
        initializer = jax.nn.initializers.glorot_normal()
        self.weight = initializer(key, (out_features, in_features), jnp.float32)
        self.bias = jnp.zeros(out_features)

    def __call__(self, x):
        return x @ self.weight.T + self.bias


class MLP(eqx.Module):
    layers: list

    def __init__(self, in_features, out_features, hidden, depth, key, act_fun=jnn.tanh):
        keys = jr.split(key, depth + 1)
        self.layers = [Linear(in_features, hidden, key=keys[0]), act_fun]
        for j in range(1, depth):
            self.layers += [Linear(hidden, hidden, key=keys[j]), act_fun]
        self.layers += [Linear(hidden, out_features, key=keys[-1])]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x
