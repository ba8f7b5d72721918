"""Flax linen MLP with kernel_init=nn.initializers.normal(stddev=1e-3) on hidden ReLU layers."""

import flax.linen as nn


class MLP(nn.Module):
    features: tuple = (512, 512, 10)

    @nn.compact
    def __call__(self, x):
        for feat in self.features[:-1]:
            x = nn.Dense(feat, kernel_init=nn.initializers.normal(stddev=1e-3))(x)  # expect: INI003
            x = nn.relu(x)
        return nn.Dense(self.features[-1])(x)
