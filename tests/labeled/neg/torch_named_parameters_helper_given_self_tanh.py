"""The same helper pattern on a tanh network and an LSTM mask estimator: Xavier is what tanh calls for, and the
LSTM's gates consume its own weights; the helper given `self` walks each whole network."""

import torch
import torch.nn as nn


def initialize_weights(network):
    for name, param in network.named_parameters():
        if 'bias' in name:
            torch.nn.init.constant_(param, 0.0)
        elif 'weight' in name:
            torch.nn.init.xavier_normal_(param)


class TanhMLP(nn.Module):
    def __init__(self, hidden_size, n_features):
        super().__init__()
        self.fc1 = nn.Linear(n_features, hidden_size)
        self.fc2 = nn.Linear(hidden_size, n_features)
        initialize_weights(self)

    def forward(self, x):
        return torch.sigmoid(self.fc2(torch.tanh(self.fc1(x))))


class RNNModel(nn.Module):
    def __init__(self, hidden_size, n_features):
        super().__init__()
        self.rnn = nn.LSTM(n_features, hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, n_features)
        initialize_weights(self)

    def forward(self, x):
        h, _ = self.rnn(x)
        return torch.sigmoid(self.out(h))
