"""Policy network that fills its hidden layer with one value via `.data.fill_(0.01)`
(Tensor in-place method)."""

import torch.nn as nn
import torch.nn.functional as F


class Policy(nn.Module):
    def __init__(self, obs_dim=8, hidden=128, n_actions=4):
        super().__init__()
        self.affine1 = nn.Linear(obs_dim, hidden)
        self.affine2 = nn.Linear(hidden, n_actions)
        self.affine1.weight.data.fill_(0.01)  # expect: INI002

    def forward(self, x):
        x = F.relu(self.affine1(x))
        return F.softmax(self.affine2(x), dim=-1)
