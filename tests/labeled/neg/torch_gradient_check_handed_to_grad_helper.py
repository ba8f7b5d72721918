"""A backprop lesson's gradient check: the weights are drawn, run forward and handed to a helper that computes
their gradients (`lin_grad(inp, out, w, b)`), then compared with autograd; nothing ever changes them."""

import torch

x_train = torch.randn(1000, 784)
y_train = torch.randn(1000)
w1 = torch.randn(784, 50)
b1 = torch.zeros(50)
w2 = torch.randn(50, 1)
b2 = torch.zeros(1)


def lin(x, w, b):
    return x @ w + b


def lin_grad(inp, out, w, b):
    inp.g = out.g @ w.t()
    w.g = (inp.unsqueeze(-1) * out.g.unsqueeze(1)).sum(0)
    b.g = out.g.sum(0)


def forward_and_backward(inp, targ):
    l1 = lin(inp, w1, b1)
    l2 = l1.clamp_min(0.)
    out = lin(l2, w2, b2)
    diff = out[:, 0] - targ
    out.g = 2. * diff[:, None] / inp.shape[0]
    lin_grad(l2, out, w2, b2)
    l1.g = (l1 > 0).float() * l2.g
    lin_grad(inp, l1, w1, b1)


forward_and_backward(x_train, y_train)
