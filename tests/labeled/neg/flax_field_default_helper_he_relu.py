"""The same Flax MLP with its helper returning variance_scaling(2.0, "fan_in", "truncated_normal"):
He for ReLU, correct."""

from typing import Callable, Sequence

import flax.linen as nn


def default_init(scale=2.0):
    return nn.initializers.variance_scaling(scale, "fan_in", "truncated_normal")


class MLP(nn.Module):
    hidden_dims: Sequence[int]
    activations: Callable = nn.relu
    kernel_init: Callable = default_init()

    def setup(self):
        self.layers = [nn.Dense(size, kernel_init=self.kernel_init) for size in self.hidden_dims]

    def __call__(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i + 1 < len(self.layers):
                x = self.activations(x)
        return x
