"""Hidden layers appended to an nn.ModuleList in a loop with kaiming_normal_ (He) and ReLU in forward,
and a small-uniform output head (a head may start small): nothing to report."""

import torch.nn as nn
import torch.nn.functional as F


class Critic(nn.Module):
    def __init__(self, in_dim=32, hidden=(400, 300)):
        super().__init__()
        self.hidden = nn.ModuleList()
        for n_out in hidden:
            fc = nn.Linear(in_dim, n_out)
            nn.init.kaiming_normal_(fc.weight, nonlinearity="relu")
            self.hidden.append(fc)
            in_dim = n_out
        self.q = nn.Linear(in_dim, 1)
        nn.init.uniform_(self.q.weight, -3e-3, 3e-3)

    def forward(self, x):
        for fc in self.hidden:
            x = F.relu(fc(x))
        return self.q(x)
