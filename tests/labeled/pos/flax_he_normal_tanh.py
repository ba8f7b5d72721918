"""Flax PPO actor with kernel_init=nn.initializers.he_normal() on tanh hidden layers."""

import flax.linen as nn


class Actor(nn.Module):
    action_dim: int
    hidden: int = 64

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.he_normal())(x)  # expect: INI102
        x = nn.tanh(x)
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.he_normal())(x)  # expect: INI102
        x = nn.tanh(x)
        return nn.Dense(self.action_dim)(x)
