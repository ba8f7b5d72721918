"""RL-library style MLP: hidden Linear layers appended to an nn.ModuleList in a loop, each drawn
U(-init_w, init_w) with init_w = 1e-4 and followed by ReLU: the signal vanishes layer by layer."""

import torch.nn as nn


class FlattenMlp(nn.Module):
    def __init__(self, input_size, output_size, hidden_sizes=(256, 256), init_w=1e-4,
                 hidden_activation=nn.ReLU()):
        super().__init__()
        self.hidden_activation = hidden_activation
        self.fcs = nn.ModuleList()
        in_size = input_size
        for next_size in hidden_sizes:
            fc = nn.Linear(in_size, next_size)
            in_size = next_size
            fc.weight.data.uniform_(-init_w, init_w)  # expect: INI003
            fc.bias.data.fill_(0)
            self.fcs.append(fc)
        self.last_fc = nn.Linear(in_size, output_size)
        self.last_fc.weight.data.uniform_(-3e-3, 3e-3)

    def forward(self, x):
        for fc in self.fcs:
            x = self.hidden_activation(fc(x))
        return self.last_fc(x)
