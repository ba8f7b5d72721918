"""EECS 598-style two-layer net: the hidden ReLU is spelled `torch.max(torch.tensor(0.0), s)` (the assignment
forbids torch.relu), and the hidden weights default to std 1e-4."""

import torch


class TwoLayerNet(object):
    def __init__(self, input_size, hidden_size, output_size, std=1e-4):
        self.params = {}
        self.params["W1"] = std * torch.randn(input_size, hidden_size)  # expect: INI003
        self.params["b1"] = torch.zeros(hidden_size)
        self.params["W2"] = std * torch.randn(hidden_size, output_size)
        self.params["b2"] = torch.zeros(output_size)

    def loss(self, X, y=None):
        return nn_forward_pass(self.params, X)


def nn_forward_pass(params, X):
    W1, b1 = params["W1"], params["b1"]
    W2, b2 = params["W2"], params["b2"]
    hidden = torch.max(torch.tensor(0.0), torch.mm(X, W1) + b1)
    scores = torch.mm(hidden, W2) + b2
    return scores, hidden
