"""ProGAN's equalized learning rate in Flax: the kernel is drawn N(0, 1) and multiplied at run time by
`c = gain / sqrt(fan_in)`, a local of the same call, so its effective scale is He's (RULES: rescaled at
run time is exempt)."""

import flax.linen as nn
import numpy as np


class EqualizedLRConv(nn.Module):
    features: int
    kernel_size: tuple = (3, 3)
    gain: float = np.sqrt(2.0)

    @nn.compact
    def __call__(self, x):
        kernel = self.param("kernel", nn.initializers.normal(stddev=1.0),
                            (*self.kernel_size, x.shape[-1], self.features))
        c = self.gain / np.sqrt(np.prod(kernel.shape[:-1]))
        conv = nn.Conv(self.features, self.kernel_size, use_bias=False)
        return conv.apply({"params": {"kernel": kernel * c}}, x)
