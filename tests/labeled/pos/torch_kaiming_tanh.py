"""Actor network (policy-gradient tutorial) with kaiming_normal_ on hidden layers that feed
torch.tanh -- He init for a tanh unit."""

import torch
import torch.nn as nn


class Actor(nn.Module):
    def __init__(self, state_dim=24, action_dim=4, hidden=256):
        super().__init__()
        self.l1 = nn.Linear(state_dim, hidden)
        self.l2 = nn.Linear(hidden, hidden)
        self.l3 = nn.Linear(hidden, action_dim)
        nn.init.kaiming_normal_(self.l1.weight)  # expect: INI102
        nn.init.kaiming_normal_(self.l2.weight)  # expect: INI102

    def forward(self, state):
        a = torch.tanh(self.l1(state))
        a = torch.tanh(self.l2(a))
        return self.l3(a)
