"""The encode/decode autoencoder with He on the encoder's ReLU layer."""

import torch.nn as nn
import torch.nn.functional as F


class AE(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 400)
        self.fc2 = nn.Linear(400, 784)
        nn.init.kaiming_uniform_(self.fc1.weight, nonlinearity="relu")

    def encode(self, x):
        h = self.fc1(x)
        return F.relu(h)

    def decode(self, z):
        return self.fc2(z)

    def forward(self, x):
        z = self.encode(x)
        return self.decode(z)
