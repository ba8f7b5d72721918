"""A deep-learning lecture's FashionMNIST lab: `init()` binds the local `m` to each layer in turn; the first layer
gets N(0, 1) (std 1 at fan-in 784, before ReLU), and the later `m.weight` writes are other layers' weights, so
they do not overwrite it."""

import math

import torch
import torch.nn as nn


def linear_relu(dim_in, dim_out):
    return [nn.Linear(dim_in, dim_out), nn.ReLU(inplace=True)]


class FullyConnected(nn.Module):
    def __init__(self, input_size, num_classes):
        super().__init__()
        self.model = nn.ModuleList([*linear_relu(input_size, 256), *linear_relu(256, 256),
                                    nn.Linear(256, num_classes)])
        self.init()

    def init(self):
        with torch.no_grad():
            m = self.model[0]
            m.weight.normal_(0.0, 1.0)  # expect: INI004
            m.bias.fill_(0.0)
            m = self.model[2]
            torch.nn.init.kaiming_uniform_(m.weight, a=math.sqrt(2.0))
            m.bias.fill_(0.0)

    def forward(self, x):
        x = x.view(x.size(0), -1)
        for layer in self.model:
            x = layer(x)
        return x
