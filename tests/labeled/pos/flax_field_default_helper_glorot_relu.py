"""A Flax MLP whose `kernel_init` field defaults to a helper of the file returning
variance_scaling(1.0, "fan_avg", "uniform") -- Glorot uniform -- while its `activations`
field defaults to nn.relu for every hidden layer: Xavier chosen for ReLU."""

from typing import Callable, Sequence

import flax.linen as nn


def default_init(scale=1.0):
    return nn.initializers.variance_scaling(scale, "fan_avg", "uniform")  # expect: INI101


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
