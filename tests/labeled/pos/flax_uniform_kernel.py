"""Flax linen Dense with kernel_init=nn.initializers.uniform(scale=0.05): flax's uniform
samples [0, scale), so the kernel is positive-only."""

import flax.linen as nn


class Classifier(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Dense(128, kernel_init=nn.initializers.uniform(scale=0.05))(x)  # expect: INI005
        x = nn.relu(x)
        return nn.Dense(10)(x)
