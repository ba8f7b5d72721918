"""A neural-architecture-search model (evolved recommender): each layer's init is picked by an integer gene,
written as separate `if init_type == k:` statements. The Xavier arms are alternatives, not overwritten by the
later He arm, and each Linear feeds ReLU: Xavier chosen for ReLU layers."""

import torch.nn as nn


class SearchedMLP(nn.Module):
    def __init__(self, sizes, init_types):
        super().__init__()
        layers = []
        for i in range(len(sizes) - 1):
            linear = nn.Linear(sizes[i], sizes[i + 1])
            init_type = init_types[i]
            if init_type == 0:
                nn.init.normal_(linear.weight, std=0.1)
            if init_type == 1:
                nn.init.xavier_uniform_(linear.weight)  # expect: INI101
            if init_type == 2:
                nn.init.xavier_normal_(linear.weight)  # expect: INI101
            if init_type == 3:
                nn.init.kaiming_uniform_(linear.weight, nonlinearity="relu")
            layers.append(linear)
            layers.append(nn.ReLU())
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(sizes[-1], 1)

    def forward(self, x):
        return self.head(self.body(x)).squeeze(-1)
