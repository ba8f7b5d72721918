"""Model-zoo style MLP whose activation class is a constructor argument (`act_layer=nn.ReLU`, built with
`act_layer()`): Xavier on fc1, which feeds that ReLU, shrinks the signal by half per layer in variance."""

import torch.nn as nn


class Mlp(nn.Module):
    def __init__(self, in_features, hidden_features, out_features, act_layer=nn.ReLU, drop=0.0):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = act_layer()
        self.drop = nn.Dropout(drop)
        self.fc2 = nn.Linear(hidden_features, out_features)
        nn.init.xavier_normal_(self.fc1.weight)  # expect: INI101
        nn.init.zeros_(self.fc1.bias)

    def forward(self, x):
        x = self.drop(self.act(self.fc1(x)))
        return self.fc2(x)
