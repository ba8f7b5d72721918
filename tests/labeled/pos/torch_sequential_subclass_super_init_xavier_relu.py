"""A network written as a subclass of nn.Sequential that hands its layers to `super().__init__`
(some switched on by a flag, filtered with `if m is not None`): the class is that Sequential. A
visitor run by `.apply` gives every Linear Xavier, and the first one feeds ReLU."""

import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)  # expect: INI101
        nn.init.zeros_(m.bias)


class Generator(nn.Sequential):
    def __init__(self, latent_dim, batchnorm=True):
        super(Generator, self).__init__(*[m for m in [
            nn.Linear(latent_dim, 1024),
            nn.BatchNorm1d(1024) if batchnorm else None,
            nn.ReLU(),
            nn.Linear(1024, 784),
            nn.Sigmoid()] if m is not None])


generator = Generator(100)
generator.apply(init_weights)
