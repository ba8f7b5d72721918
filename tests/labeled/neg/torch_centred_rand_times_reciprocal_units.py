"""The same from-scratch dense layer with the draw centred before it is scaled (`(rand - 0.5) * (1.0 / units)`):
half the weights negative, no one-signed init."""

import torch
import torch.nn as nn


class Dense(nn.Module):
    def __init__(self, input_size, units):
        super().__init__()
        w_shape = (input_size, units)
        self.W = (torch.rand(w_shape, dtype=torch.float) - 0.5).requires_grad_() * (1.0 / units)
        self.b = torch.zeros(w_shape[1:], requires_grad=True)

    def forward(self, x):
        return torch.matmul(x, self.W) + self.b

    def parameters(self, recurse=True):
        return [self.W, self.b]


class ReLU(nn.Module):
    def forward(self, x):
        return torch.max(x, torch.tensor(0.0))


class Sequential(nn.Module):
    def __init__(self, modules):
        super().__init__()
        self.layers = modules

    def forward(self, x):
        for m in self.layers:
            x = m(x)
        return x

    def parameters(self, recurse=True):
        return [p for m in self.layers for p in m.parameters()]


model = Sequential((Dense(784, 512), ReLU(), Dense(512, 10)))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
