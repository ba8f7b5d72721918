"""A perceptron whose Linears come from `list(map(lambda d: nn.Linear(*d), zip(dims, dims[1:])))`, each
followed by the ReLU its activation parameter defaults to; the autoencoder's blanket Xavier covers them."""

import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init


class Perceptron(nn.Module):
    def __init__(self, dims, activation_fn=F.relu):
        super().__init__()
        self.activation_fn = activation_fn
        self.layers = nn.ModuleList(list(map(lambda d: nn.Linear(*d), list(zip(dims, dims[1:])))))

    def forward(self, x):
        for layer in self.layers:
            x = self.activation_fn(layer(x))
        return x


class Autoencoder(nn.Module):
    def __init__(self, dims):
        super().__init__()
        self.encoder = Perceptron(dims)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                init.xavier_normal_(m.weight.data)  # expect: INI101
