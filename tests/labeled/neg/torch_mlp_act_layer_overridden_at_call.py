"""A block whose activation defaults to ReLU but every model in the file builds it with Tanh
(`MLP(..., act_layer=nn.Tanh)`): the default is not what runs, so Xavier is not judged against ReLU."""

import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, d, h, act_layer=nn.ReLU):
        super().__init__()
        self.fc1 = nn.Linear(d, h)
        self.fc2 = nn.Linear(h, d)
        self.act = act_layer()
        nn.init.xavier_uniform_(self.fc1.weight)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class Policy(nn.Module):
    def __init__(self, obs_dim, act_dim):
        super().__init__()
        self.body = MLP(obs_dim, 64, act_layer=nn.Tanh)
        self.head = nn.Linear(obs_dim, act_dim)

    def forward(self, obs):
        return self.head(self.body(obs))
