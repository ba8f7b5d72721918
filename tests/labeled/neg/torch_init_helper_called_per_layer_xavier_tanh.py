"""The same per-layer init helper in front of tanh: Xavier is the tanh scale."""
import torch
import torch.nn as nn


def init_layer(layer):
    nn.init.xavier_uniform_(layer.weight)
    nn.init.zeros_(layer.bias)


class Critic(nn.Module):
    def __init__(self, state_dim, hidden=256):
        super().__init__()
        self.fc1 = nn.Linear(state_dim, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, 1)
        for layer in (self.fc1, self.fc2, self.out):
            init_layer(layer)

    def forward(self, x):
        x = torch.tanh(self.fc1(x))
        x = torch.tanh(self.fc2(x))
        return self.out(x)
