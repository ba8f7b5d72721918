"""A StyleGAN discriminator in Flax: the module-level kernel initializer is xavier_uniform, and the activation
is `functools.partial(jax.nn.leaky_relu, negative_slope=0.2)` stored in `setup`: every conv and the hidden
dense feed leaky ReLU with Xavier's scale."""

import functools

import flax.linen as nn
import jax

default_kernel_init = nn.initializers.xavier_uniform()  # expect: INI101


class Discriminator(nn.Module):
    filters: int = 64

    def setup(self):
        self.activation_fn = functools.partial(jax.nn.leaky_relu, negative_slope=0.2)

    @nn.compact
    def __call__(self, x):
        x = nn.Conv(self.filters, (3, 3), kernel_init=default_kernel_init)(x)
        x = self.activation_fn(x)
        x = nn.Conv(self.filters * 2, (3, 3), kernel_init=default_kernel_init)(x)
        x = self.activation_fn(x)
        x = x.reshape((x.shape[0], -1))
        x = nn.Dense(self.filters, kernel_init=default_kernel_init)(x)
        x = self.activation_fn(x)
        return nn.Dense(1, kernel_init=default_kernel_init)(x)
