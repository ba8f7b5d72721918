"""jaxrl-style critic head: `nn.initializers.uniform(-init_final, init_final)` reads as a symmetric range, but
flax's uniform takes (scale, dtype) and samples [0, scale): the lower bound becomes the scale and the upper bound
the dtype."""

import flax.linen as nn


class ValueCritic(nn.Module):
    init_final: float = 3e-3

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(256)(x))
        x = nn.relu(nn.Dense(256)(x))
        return nn.Dense(1, kernel_init=nn.initializers.uniform(-self.init_final, self.init_final))(x)  # expect: INI006
