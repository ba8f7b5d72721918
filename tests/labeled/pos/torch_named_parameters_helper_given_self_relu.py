"""A speech-enhancement repo's `initialize_weights(self)` called in each network's constructor: the helper walks
`network.named_parameters()` and gives every weight xavier_normal_, and the fully connected nets' hidden layers
feed nn.ReLU."""

import torch
import torch.nn as nn


def initialize_weights(network):
    for name, param in network.named_parameters():
        if 'bias' in name:
            torch.nn.init.constant_(param, 0.0)
        elif 'weight' in name:
            torch.nn.init.xavier_normal_(param)  # expect: INI101


class FC3Model(nn.Module):
    def __init__(self, hidden_size, n_features):
        super().__init__()
        self.fc1 = nn.Linear(n_features, hidden_size)
        self.fc2 = nn.Linear(hidden_size, hidden_size)
        self.fc3 = nn.Linear(hidden_size, n_features)
        self.relu = nn.ReLU()
        self.sigmoid = nn.Sigmoid()
        initialize_weights(self)

    def forward(self, x):
        out = self.relu(self.fc1(x))
        out = self.relu(self.fc2(out))
        return self.sigmoid(self.fc3(out))
