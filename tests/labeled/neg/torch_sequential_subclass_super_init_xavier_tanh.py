"""A network written as a subclass of nn.Sequential that hands its layers to `super().__init__`: a
visitor run by `.apply` gives every Linear Xavier, and the hidden one feeds tanh, which Xavier suits:
silent."""

import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)


class Generator(nn.Sequential):
    def __init__(self, latent_dim, batchnorm=True):
        super(Generator, self).__init__(*[m for m in [
            nn.Linear(latent_dim, 1024),
            nn.BatchNorm1d(1024) if batchnorm else None,
            nn.Tanh(),
            nn.Linear(1024, 784),
            nn.Sigmoid()] if m is not None])


generator = Generator(100)
generator.apply(init_weights)
