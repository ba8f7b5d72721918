"""Flax MLP with a plain list of Dense layers in setup(), He-initialised and applied with relu in a loop:
the right scale for ReLU."""

import flax.linen as nn


class MLP(nn.Module):
    widths: tuple = (256, 256)
    out: int = 10

    def setup(self):
        self.hidden = [nn.Dense(w, kernel_init=nn.initializers.he_normal()) for w in self.widths]
        self.head = nn.Dense(self.out, kernel_init=nn.initializers.zeros)

    def __call__(self, x):
        for layer in self.hidden:
            x = nn.relu(layer(x))
        return self.head(x)
