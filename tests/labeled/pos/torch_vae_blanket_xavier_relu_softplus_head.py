"""A VAE (after a semi-supervised VAE tutorial) whose constructor walks every module with Xavier: the encoder's
and decoder's hidden Linears feed ReLU; the encoder returns its log-variance head through softplus, a link to
the distribution it parametrises, not a hidden activation."""

import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, x_dim, h_dims, z_dim):
        super().__init__()
        nodes = [x_dim, *h_dims]
        self.hidden = nn.ModuleList([nn.Linear(nodes[i - 1], nodes[i]) for i in range(1, len(nodes))])
        self.mu = nn.Linear(h_dims[-1], z_dim)
        self.log_var = nn.Linear(h_dims[-1], z_dim)

    def forward(self, x):
        for layer in self.hidden:
            x = F.relu(layer(x))
        return self.mu(x), F.softplus(self.log_var(x))


class VAE(nn.Module):
    def __init__(self, x_dim=784, h_dims=(256, 128), z_dim=32):
        super().__init__()
        self.encoder = Encoder(x_dim, list(h_dims), z_dim)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_normal_(m.weight.data)  # expect: INI101
                m.bias.data.zero_()

    def forward(self, x):
        return self.encoder(x)
