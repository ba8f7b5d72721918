"""The same head with a symmetric uniform initializer written as a function of its own (DDPG's final-layer
U(-3e-3, 3e-3)): what the author meant, nothing to report."""

import flax.linen as nn
import jax


def uniform_init(bound):
    def init(key, shape, dtype=float):
        return jax.random.uniform(key, shape, dtype, -bound, bound)
    return init


class ValueCritic(nn.Module):
    init_final: float = 3e-3

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(256)(x))
        x = nn.relu(nn.Dense(256)(x))
        return nn.Dense(1, kernel_init=uniform_init(self.init_final))(x)
