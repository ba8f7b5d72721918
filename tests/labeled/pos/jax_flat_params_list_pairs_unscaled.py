"""A JAX MLP keeps its parameters as one flat list of (weight, bias) pairs, extended per hidden layer and read
back as `params[2 * i]`: every weight is drawn N(0, 1), std 1 at fan-in 784 (and 64): the tanh units
saturate. The pairs (a matrix, then a vector as long as its output side) say what the list holds."""

import jax
import jax.numpy as jnp


class MLP:
    def __init__(self, hidden_layers=(64, 64)):
        self.hidden_layers = list(hidden_layers)

    def init(self, key, input_dim, output_dim):
        keys = jax.random.split(key, 2 * (len(self.hidden_layers) + 1))
        self.params = [
            jax.random.normal(keys[0], (input_dim, self.hidden_layers[0])),  # expect: INI004
            jax.random.normal(keys[1], (self.hidden_layers[0],)),
        ]
        for i in range(1, len(self.hidden_layers)):
            self.params.extend([
                jax.random.normal(keys[2 * i], (self.hidden_layers[i - 1], self.hidden_layers[i])),  # expect: INI004
                jax.random.normal(keys[2 * i + 1], (self.hidden_layers[i],)),
            ])
        return self.params

    def forward(self, params, x):
        for i in range(len(params) // 2):
            x = jax.nn.tanh(jnp.dot(x, params[2 * i]) + params[2 * i + 1])
        return x

    def update(self, params, grads, lr=0.01):
        return [p - lr * g for p, g in zip(params, grads)]
