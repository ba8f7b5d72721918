"""A flax VGG head copied block by block: `kernel_init=self.bias_initializer` hands the zeros meant for biases to
the hidden Dense kernels, which then feed ReLU with all-zero weights. The default is right for the biases; the
calls are the mistake, so each is reported where it passes the field."""

import flax.linen as nn
import jax.numpy as jnp


class VGGHead(nn.Module):
    num_classes: int = 1000
    kernel_initializer: nn.initializers = nn.initializers.he_normal()
    bias_initializer: nn.initializers = nn.initializers.zeros

    @nn.compact
    def __call__(self, x):
        x = jnp.reshape(x, (x.shape[0], -1))
        x = nn.Dense(4096, kernel_init=self.bias_initializer, bias_init=self.bias_initializer)(x)  # expect: INI001
        x = nn.relu(x)
        x = nn.Dense(4096, kernel_init=self.kernel_initializer, bias_init=self.bias_initializer)(x)
        x = nn.relu(x)
        return nn.Dense(self.num_classes, kernel_init=self.kernel_initializer, bias_init=self.bias_initializer)(x)
