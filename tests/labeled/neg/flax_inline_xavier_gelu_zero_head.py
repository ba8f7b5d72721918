"""Flax transformer MLP block and classifier head written inline: xavier_uniform on
Dense layers feeding nn.gelu (standard in ViT) and a zero-initialised final head."""

import flax.linen as nn


class MlpBlock(nn.Module):
    mlp_dim: int
    out_dim: int

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.mlp_dim, kernel_init=nn.initializers.xavier_uniform())(x)
        x = nn.gelu(x)
        return nn.Dense(self.out_dim, kernel_init=nn.initializers.xavier_uniform())(x)


class Classifier(nn.Module):
    num_classes: int = 1000

    @nn.compact
    def __call__(self, x):
        x = MlpBlock(mlp_dim=3072, out_dim=768)(x)
        x = nn.LayerNorm()(x)
        return nn.Dense(self.num_classes, kernel_init=nn.initializers.zeros)(x)
