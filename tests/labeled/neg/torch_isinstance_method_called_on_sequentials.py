"""Autoencoder tutorial: `init_weights(m)` tests `isinstance(m, nn.Linear)` but is called directly on the
two nn.Sequential containers (never through .apply), so the test fails and the Xavier init never runs."""
import torch.nn as nn


class BuildAE(nn.Module):
    def __init__(self, input_features=784):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(input_features, 64), nn.ReLU(), nn.Linear(64, 16), nn.ReLU())
        self.decoder = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, input_features), nn.Sigmoid())
        self.init_weights(self.encoder)
        self.init_weights(self.decoder)

    def init_weights(self, m):
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight)
            m.bias.data.fill_(0.01)

    def forward(self, x):
        return self.decoder(self.encoder(x))
