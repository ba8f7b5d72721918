"""UvA DL course, JAX GAN tutorial: StyleGAN's equalized-learning-rate linear layer draws
N(0, 1) and multiplies the weight by lr_mul in __call__ (RULES: exempt, the effective scale
is set at run time)."""

import flax.linen as nn
import jax.numpy as jnp


class StyleLinear(nn.Module):
    features: int
    lr_mul: float = 0.1

    @nn.compact
    def __call__(self, x):
        w = self.param("weight", nn.initializers.normal(stddev=1.0), (x.shape[-1], self.features))
        b = self.param("bias", nn.initializers.zeros, (self.features,))
        w = w * self.lr_mul
        b = b * self.lr_mul
        return jnp.matmul(x, w) + b[None]
