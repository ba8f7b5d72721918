"""The recommender's generator yields `nn.Linear`, then `nn.Tanh()`, per width: Xavier before tanh is the right
pairing."""

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_users, n_movies, n_factors=50, hidden=(100, 50)):
        super().__init__()

        def gen_layers(n_in):
            for n_out in hidden:
                yield nn.Linear(n_in, n_out)
                yield nn.Tanh()
                n_in = n_out

        self.u = nn.Embedding(n_users, n_factors)
        self.m = nn.Embedding(n_movies, n_factors)
        self.hidden = nn.Sequential(*list(gen_layers(n_factors * 2)))
        self.fc = nn.Linear(hidden[-1], 1)
        self._init()

    def forward(self, users, movies):
        x = torch.cat([self.u(users), self.m(movies)], dim=1)
        return torch.sigmoid(self.fc(self.hidden(x)))

    def _init(self):
        def init(m):
            if type(m) == nn.Linear:
                torch.nn.init.xavier_uniform_(m.weight)
                m.bias.data.fill_(0.01)

        self.hidden.apply(init)
        init(self.fc)
