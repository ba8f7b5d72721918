"""A Flax warp field hands its own initializer fields to a generic MLP module: `hidden_init` (Xavier) reaches
every hidden Dense, whose output the MLP passes through its default ReLU; `output_init` is flax's
`initializers.uniform(scale)`, which samples [0, scale): an all-positive output kernel."""

from typing import Any, Callable, Optional

import jax
from flax import linen as nn


class MLP(nn.Module):
    depth: int = 8
    width: int = 256
    hidden_init: Any = jax.nn.initializers.he_uniform()
    hidden_activation: Callable = nn.relu
    output_init: Optional[Any] = None
    output_channels: int = 0

    @nn.compact
    def __call__(self, x):
        for _ in range(self.depth):
            x = nn.Dense(self.width, kernel_init=self.hidden_init)(x)
            x = self.hidden_activation(x)
        if self.output_channels > 0:
            x = nn.Dense(self.output_channels, kernel_init=self.output_init)(x)
        return x


class TranslationField(nn.Module):
    depth: int = 6
    hidden_init: Any = nn.initializers.xavier_uniform()  # expect: INI101
    output_init: Any = nn.initializers.uniform(scale=1e-4)  # expect: INI005

    def setup(self):
        self.mlp = MLP(depth=self.depth, width=128, hidden_init=self.hidden_init, output_init=self.output_init,
                       output_channels=3)

    def __call__(self, points):
        return points + self.mlp(points)
