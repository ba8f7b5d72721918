"""A VAE encoder whose hidden Linears are built as a local list and wrapped in a ModuleList afterwards; the
model's blanket xavier_normal over every Linear then feeds the ReLU applied in the loop over that list."""

import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init


class Encoder(nn.Module):
    def __init__(self, dims):
        super().__init__()
        x_dim, h_dim, z_dim = dims
        neurons = [x_dim, *h_dim]
        linear_layers = [nn.Linear(neurons[i - 1], neurons[i]) for i in range(1, len(neurons))]
        self.hidden = nn.ModuleList(linear_layers)
        self.mu = nn.Linear(h_dim[-1], z_dim)

    def forward(self, x):
        for layer in self.hidden:
            x = F.relu(layer(x))
        return self.mu(x)


class VAE(nn.Module):
    def __init__(self, dims):
        super().__init__()
        self.encoder = Encoder(dims)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                init.xavier_normal_(m.weight.data)  # expect: INI101
                if m.bias is not None:
                    m.bias.data.zero_()
