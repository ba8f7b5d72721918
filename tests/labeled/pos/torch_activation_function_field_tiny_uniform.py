"""A DDPG actor from an RL code base: the nonlinearity is stored as a function on the instance
(`self.no_linear = F.relu`) and applied in forward; the hidden fc2 gets U(-3e-3, 3e-3), the output-layer
recipe, on a 64-wide hidden layer that feeds ReLU."""

import torch
import torch.nn as nn
import torch.nn.functional as F

EPS = 0.003


class Actor(nn.Module):
    def __init__(self, state_dim, action_dim):
        super().__init__()
        self.fc1 = nn.Linear(state_dim, 64)
        self.fc2 = nn.Linear(64, 64)
        self.fc3 = nn.Linear(64, action_dim)
        self.no_linear = F.relu
        self.fc2.weight.data.uniform_(-EPS, EPS)  # expect: INI003

    def forward(self, state):
        x = self.no_linear(self.fc1(state))
        x = self.no_linear(self.fc2(x))
        return torch.tanh(self.fc3(x))
