"""DDPG (Lillicrap et al.) actor, as in common PyTorch ports: fan-in uniform for hidden layers,
final layer uniform_(-3e-3, 3e-3) so initial actions are near zero."""

import numpy as np
import torch
import torch.nn as nn


def fanin_init(size, fanin=None):
    fanin = fanin or size[1]
    v = 1.0 / np.sqrt(fanin)
    return torch.Tensor(size).uniform_(-v, v)


class Actor(nn.Module):
    def __init__(self, nb_states=17, nb_actions=6, hidden1=400, hidden2=300, init_w=3e-3):
        super().__init__()
        self.fc1 = nn.Linear(nb_states, hidden1)
        self.fc2 = nn.Linear(hidden1, hidden2)
        self.fc3 = nn.Linear(hidden2, nb_actions)
        self.fc1.weight.data = fanin_init(self.fc1.weight.data.size())
        self.fc2.weight.data = fanin_init(self.fc2.weight.data.size())
        self.fc3.weight.data.uniform_(-3e-3, 3e-3)

    def forward(self, x):
        out = torch.relu(self.fc1(x))
        out = torch.relu(self.fc2(out))
        return torch.tanh(self.fc3(out))
