"""A class defined twice in a notebook, each definition with the right init for its own activation: He before
ReLU first, Xavier before tanh in the later cell."""

from typing import Callable

import flax.linen as nn


class Net(nn.Module):
    kernel_init: Callable = nn.initializers.he_uniform()

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(30, kernel_init=self.kernel_init)(x))
        return nn.Dense(10)(x)


class Net(nn.Module):  # (defined again)
    kernel_init: Callable = nn.initializers.xavier_uniform()

    @nn.compact
    def __call__(self, x):
        x = nn.tanh(nn.Dense(30, kernel_init=self.kernel_init)(x))
        return nn.Dense(10)(x)
