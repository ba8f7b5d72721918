"""A DeePMD-style embedding net in Flax: every Dense in the loop is drawn with He and goes straight through
tanh before a residual add; the net returns the last one's output. He doubles the variance that tanh, unlike
ReLU, passes on whole."""

import flax.linen as nn
import jax.numpy as jnp

he_init = nn.initializers.he_normal()  # expect: INI102


class EmbeddingNet(nn.Module):
    widths: tuple

    @nn.compact
    def __call__(self, x):
        for i in range(len(self.widths)):
            if i == 0:
                x = nn.tanh(nn.Dense(self.widths[i], kernel_init=he_init)(x))
            else:
                x_prev = jnp.repeat(x, self.widths[i] // self.widths[i - 1], axis=-1)
                x = nn.tanh(nn.Dense(self.widths[i], kernel_init=he_init)(x))
                x += x_prev
        return x
