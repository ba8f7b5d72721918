"""A MAML learner built from a config list: each arm fills a parameter with ones and re-initialises it with
kaiming_normal_ on the next line (fill-then-overwrite); the batch-norm arm's ones vector under the same name is
a norm scale, not the matrices the other arms make."""

import torch
from torch import nn
from torch.nn import functional as F


class Learner(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.vars = nn.ParameterList()
        for name, param in self.config:
            if name == "conv2d":
                w = nn.Parameter(torch.ones(*param[:4]))
                torch.nn.init.kaiming_normal_(w)
                self.vars.append(w)
                self.vars.append(nn.Parameter(torch.zeros(param[0])))
            elif name == "linear":
                w = nn.Parameter(torch.ones(*param))
                torch.nn.init.kaiming_normal_(w)
                self.vars.append(w)
                self.vars.append(nn.Parameter(torch.zeros(param[0])))
            elif name == "bn":
                w = nn.Parameter(torch.ones(param[0]))
                self.vars.append(w)
                self.vars.append(nn.Parameter(torch.zeros(param[0])))

    def forward(self, x):
        idx = 0
        for name, param in self.config:
            if name == "conv2d":
                x = F.relu(F.conv2d(x, self.vars[idx], self.vars[idx + 1]))
                idx += 2
            elif name == "linear":
                x = F.linear(x, self.vars[idx], self.vars[idx + 1])
                idx += 2
            elif name == "bn":
                x = F.batch_norm(x, None, None, weight=self.vars[idx], bias=self.vars[idx + 1], training=True)
                idx += 2
        return x
