"""A Transformer feed-forward layer with an optional GLU branch (off by default, and nothing in the file
turns it on) and a model-wide Xavier init: linear1 feeds ReLU, so Xavier shrinks it."""

import torch.nn as nn
import torch.nn.functional as F


class FeedForward(nn.Module):
    def __init__(self, d_model=512, d_hid=2048, activation=F.relu, glu=False):
        super().__init__()
        self.linear1 = nn.Linear(d_model, d_hid)
        self.glu = glu
        if glu:
            self.linear_glu = nn.Linear(d_model, d_hid)
        self.linear2 = nn.Linear(d_hid, d_model)
        self.activation = activation

    def forward(self, inputs):
        x = self.activation(self.linear1(inputs))
        if self.glu:
            x = x * self.linear_glu(inputs)
        return inputs + self.linear2(x)


class Model(nn.Module):
    def __init__(self, n_layers=6):
        super().__init__()
        self.layers = nn.ModuleList([FeedForward() for _ in range(n_layers)])
        for module in self.modules():
            if isinstance(module, nn.Linear):
                nn.init.xavier_uniform_(module.weight)  # expect: INI101

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x
