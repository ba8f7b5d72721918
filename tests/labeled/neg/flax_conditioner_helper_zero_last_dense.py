"""A normalising flow builds one MLP conditioner per coupling layer with a helper that returns an
`nn.Sequential`: its last Dense starts at zero so every coupling starts as the identity (a zero head; RULES:
must stay silent). The helper is called once per coupling layer, but each call builds a whole network, whose
last layer this is. Nothing to report."""

from typing import Sequence

import flax.linen as nn
import jax
import numpy as np


def make_conditioner(event_shape, hidden_sizes: Sequence[int], num_params: int) -> nn.Module:
    layers = [lambda x: x.reshape((-1, *x.shape[-len(event_shape):]))]
    for hidden in hidden_sizes:
        layers.append(nn.Dense(hidden))
        layers.append(nn.relu)
    layers.append(nn.Dense(int(np.prod(event_shape)) * num_params,
                           kernel_init=jax.nn.initializers.zeros, bias_init=jax.nn.initializers.zeros))
    layers.append(lambda x: x.reshape((*x.shape[:-1], *event_shape, num_params)))
    return nn.Sequential(layers)


class Encoder(nn.Module):
    latent_dim: int

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(256)(x))
        return nn.Dense(2 * self.latent_dim)(x)


class Flow(nn.Module):
    latent_dim: int
    hidden_dims: Sequence[int]
    num_layers: int = 4

    def setup(self):
        self.conditioners = [make_conditioner((self.latent_dim,), self.hidden_dims, 3 * 8 + 1)
                             for _ in range(self.num_layers)]
        self.prior = make_conditioner((self.latent_dim,), self.hidden_dims, 2)

    def __call__(self, x):
        for conditioner in self.conditioners:
            x = x + conditioner(x).mean(axis=-1)
        return x
