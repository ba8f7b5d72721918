"""Flax nn.Embed with embedding_init=nn.initializers.normal(stddev=1.0) (embedding tables are
not weight matrices) and kernel_init=he_normal() Dense layers feeding relu."""

import flax.linen as nn


class BagOfWords(nn.Module):
    vocab_size: int = 30000
    dim: int = 128

    @nn.compact
    def __call__(self, tokens):
        x = nn.Embed(self.vocab_size, self.dim, embedding_init=nn.initializers.normal(stddev=1.0))(tokens)
        x = x.mean(axis=1)
        x = nn.Dense(256, kernel_init=nn.initializers.he_normal())(x)
        x = nn.relu(x)
        return nn.Dense(2)(x)
