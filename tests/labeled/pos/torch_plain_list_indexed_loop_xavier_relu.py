"""Hidden layers kept in a list made by a comprehension and applied by index in a loop
(`self.inner_layers[i](h)` then ReLU): Xavier on each of them feeds ReLU."""

import torch.nn as nn
import torch.nn.functional as F


class Baseline(nn.Module):
    def __init__(self, d_in=3072, width=256, n_hidden=3):
        super().__init__()
        self.input_layer = nn.Linear(d_in, width)
        self.inner_layers = nn.ModuleList([nn.Linear(width, width) for _ in range(n_hidden - 1)])
        self.output_layer = nn.Linear(width, 10)

    def xavier_init(self):
        for i in range(len(self.inner_layers)):
            nn.init.xavier_uniform_(self.inner_layers[i].weight)  # expect: INI101
            nn.init.zeros_(self.inner_layers[i].bias)

    def forward(self, x):
        h = F.relu(self.input_layer(x))
        for i in range(len(self.inner_layers)):
            h = F.relu(self.inner_layers[i](h))
        return self.output_layer(h)
