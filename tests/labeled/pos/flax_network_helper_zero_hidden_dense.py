"""A helper that returns an `nn.Sequential` MLP and is called for two networks: its first Dense starts at zero
and feeds ReLU. Inside each network that layer is hidden, so every hidden unit starts identical (and dead)."""

import flax.linen as nn
import jax


def make_mlp(hidden: int, out: int) -> nn.Module:
    return nn.Sequential([
        nn.Dense(hidden, kernel_init=jax.nn.initializers.zeros),  # expect: INI001
        nn.relu,
        nn.Dense(hidden),
        nn.relu,
        nn.Dense(out),
    ])


class ActorCritic(nn.Module):
    n_actions: int

    def setup(self):
        self.actor = make_mlp(64, self.n_actions)
        self.critic = make_mlp(64, 1)

    def __call__(self, x):
        return self.actor(x), self.critic(x)
