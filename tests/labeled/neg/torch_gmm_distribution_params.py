"""A learnable Gaussian mixture prior (VAE with a mixture prior): mixture weights start
uniform, means random, log-stds zero. Parameters of a distribution, not layer weights."""

import torch
import torch.distributions as D
import torch.nn as nn


class MixturePrior(nn.Module):
    def __init__(self, n_components=10, latent_dim=16):
        super().__init__()
        self.mixture_weights = nn.Parameter(torch.ones(n_components, 1) / n_components)
        self.means = nn.Parameter(torch.randn(n_components, latent_dim))
        self.log_stds = nn.Parameter(torch.zeros(n_components, latent_dim))

    def forward(self):
        mix = D.Categorical(logits=self.mixture_weights.squeeze(-1))
        comp = D.Independent(D.Normal(self.means, self.log_stds.exp()), 1)
        return D.MixtureSameFamily(mix, comp)
