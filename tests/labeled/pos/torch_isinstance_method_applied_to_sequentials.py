"""Autoencoder tutorial: the same `init_weights(m)` visitor, applied with .apply to each container, reaches the
Linear layers: Xavier on the hidden layers that feed ReLU."""
import torch.nn as nn


class BuildAE(nn.Module):
    def __init__(self, input_features=784):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(input_features, 64), nn.ReLU(), nn.Linear(64, 16), nn.ReLU())
        self.decoder = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, input_features), nn.Sigmoid())
        self.encoder.apply(self.init_weights)
        self.decoder.apply(self.init_weights)

    def init_weights(self, m):
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight)  # expect: INI101
            m.bias.data.fill_(0.01)

    def forward(self, x):
        return self.decoder(self.encoder(x))
