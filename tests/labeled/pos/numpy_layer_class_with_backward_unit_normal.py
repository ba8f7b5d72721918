"""A course framework's hand-written layer: `params["W"] = torch.randn(n_in, n_out)` (std 1) with its own
backward; the model module stacks it with ReLU and an optimizer in another module updates `params`."""

import torch


class ReLU:
    def forward(self, x):
        self.x = x
        return x.clamp(min=0)

    def backward(self, g):
        return g * (self.x > 0).to(g.dtype)


class LinearLayer:
    def __init__(self, input_size, output_size):
        self.params = {"W": torch.randn(input_size, output_size), "b": torch.zeros(output_size)}  # expect: INI004
        self.grads = {}

    def forward(self, x):
        self.x = x
        return torch.matmul(x, self.params["W"]) + self.params["b"]

    def backward(self, g):
        self.grads["W"] = torch.matmul(self.x.t(), g)
        self.grads["b"] = g.sum(0)
        return torch.matmul(g, self.params["W"].t())


class MLP:
    def __init__(self, sizes):
        self.layers = [LinearLayer(sizes[0], sizes[1]), ReLU(), LinearLayer(sizes[1], sizes[2])]

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x
