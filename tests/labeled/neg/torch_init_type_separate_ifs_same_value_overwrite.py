"""Two separate `if` statements on the same flag value both run: the second re-initialises the weight, so the
first (a Xavier draw before ReLU) is overwritten by He and nothing is reported."""

import torch.nn as nn


class Block(nn.Module):
    def __init__(self, d_in, d_out, init_type=1):
        super().__init__()
        self.fc = nn.Linear(d_in, d_out)
        if init_type == 1:
            nn.init.xavier_uniform_(self.fc.weight)
        if init_type == 1:
            nn.init.kaiming_uniform_(self.fc.weight, nonlinearity="relu")
        self.act = nn.ReLU()

    def forward(self, x):
        return self.act(self.fc(x))


net = nn.Sequential(Block(784, 256), Block(256, 256), nn.Linear(256, 10))
