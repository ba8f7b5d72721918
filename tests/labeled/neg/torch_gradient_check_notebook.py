"""Course notebook that derives backprop by hand: unscaled randn matrices are the inputs of a gradient
check against autograd. Nothing is ever updated (no optimizer, no step): they are data, not weights."""

import torch

x_train = torch.randn(50000, 784)
y_train = torch.randn(50000)
n, m = x_train.shape
nh = 50
w1 = torch.randn(m, nh)
b1 = torch.zeros(nh)
w2 = torch.randn(nh, 1)
b2 = torch.zeros(1)


def lin(x, w, b):
    return x @ w + b


def relu(x):
    return x.clamp_min(0.0)


def model(xb):
    l1 = lin(xb, w1, b1)
    l2 = relu(l1)
    return lin(l2, w2, b2)


res = model(x_train)
checks = w1, w2, b1, b2, x_train
grads = tuple(c.clone().requires_grad_(True) for c in checks)
print(res.shape, len(grads))
