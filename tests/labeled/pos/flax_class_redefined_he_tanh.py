"""A notebook exported as a script: the first cell's `Net` uses He with tanh (the 1989 reproduction), a later
cell defines `Net` anew with ReLU. Each definition is judged on its own (RULES: a later cell that assigns a name
again defines it anew; the first definition is still judged)."""

from typing import Callable

import flax.linen as nn


class Net(nn.Module):
    kernel_init: Callable = nn.initializers.he_uniform()  # expect: INI102

    @nn.compact
    def __call__(self, x):
        x = nn.tanh(nn.Dense(30, kernel_init=self.kernel_init)(x))
        return nn.Dense(10)(x)


class Net(nn.Module):  # the modernised version, as the later cell writes it
    kernel_init: Callable = nn.initializers.he_uniform()

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(30, kernel_init=self.kernel_init)(x))
        return nn.Dense(10)(x)
