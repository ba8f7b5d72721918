"""The same config-driven learner without the re-initialisation: the ones fill is the weight every conv and
linear layer of the network starts from, so all their units stay identical."""

import torch
from torch import nn
from torch.nn import functional as F


class Learner(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.vars = nn.ParameterList()
        for name, param in self.config:
            if name == "linear":
                w = nn.Parameter(torch.ones(*param))  # expect: INI002
                self.vars.append(w)
                self.vars.append(nn.Parameter(torch.zeros(param[0])))

    def forward(self, x):
        idx = 0
        for name, param in self.config:
            if name == "linear":
                x = F.relu(F.linear(x, self.vars[idx], self.vars[idx + 1]))
                idx += 2
        return x
