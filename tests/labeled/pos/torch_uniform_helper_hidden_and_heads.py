"""The same helper applied to the hidden layers too: U(-0.003, 0.003) (std 0.0017) on a 128-wide ReLU layer is
far under He (0.125); the signal vanishes."""

import torch.nn as nn
import torch.nn.functional as F


def initialize_uniformly(layer: nn.Linear, init_w: float = 3e-3):
    layer.weight.data.uniform_(-init_w, init_w)  # expect: INI003
    layer.bias.data.uniform_(-init_w, init_w)


class Critic(nn.Module):
    def __init__(self, in_dim):
        super().__init__()
        self.hidden1 = nn.Linear(in_dim, 128)
        self.hidden2 = nn.Linear(128, 128)
        self.out = nn.Linear(128, 1)
        initialize_uniformly(self.hidden1)
        initialize_uniformly(self.hidden2)
        initialize_uniformly(self.out)

    def forward(self, state):
        return self.out(F.relu(self.hidden2(F.relu(self.hidden1(state)))))
