"""A from-scratch two-layer network makes every tensor with one zero helper, the hidden weight matrix
included (`w1 = zeros_param((784, 100))`): the hidden ReLU units start identical and get no gradient."""

import torch
import torch.nn.functional as F


def zeros_param(shape):
    return torch.zeros(shape, requires_grad=True)  # expect: INI001


def two_layer_fc(x, params):
    w1, b1, w2, b2 = params
    h = F.relu(x.mm(w1) + b1)
    return h.mm(w2) + b2


w1 = zeros_param((784, 100))
b1 = zeros_param((100,))
w2 = zeros_param((100, 10))
b2 = zeros_param((10,))
params = [w1, b1, w2, b2]
for x, y in loader:
    loss = F.cross_entropy(two_layer_fc(x.flatten(1), params), y)
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 1e-2 * p.grad
            p.grad.zero_()
