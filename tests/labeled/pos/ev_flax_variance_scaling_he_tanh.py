"""Flax value network with kernel_init=variance_scaling(2.0, "fan_in", "truncated_normal") --
the He variance -- on tanh hidden layers."""

import flax.linen as nn


class Critic(nn.Module):
    hidden: int = 256

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.variance_scaling(2.0, "fan_in", "truncated_normal"))(x)  # expect: INI102
        x = nn.tanh(x)
        x = nn.Dense(self.hidden, kernel_init=nn.initializers.variance_scaling(2.0, "fan_in", "truncated_normal"))(x)  # expect: INI102
        x = nn.tanh(x)
        return nn.Dense(1)(x)
