"""A course's two-layer network trained by hand: `init()` returns `w1, b1, w2, b2` with w1 drawn at std
sqrt(1e-6) = 0.001; `train()` runs `forward` and a hand-written `backward` (the chain rule's products,
`dsigma(z1) * dh1`, are no gated layer) and updates the tensors. The hidden 784 -> 50 layer feeds tanh: 0.001
is under 0.01 and under a tenth of LeCun (0.0036)."""

import math

import torch


def sigma(x):
    return torch.tanh(x)


def dsigma(x):
    return 1 - torch.tanh(x) ** 2


def forward(w1, b1, w2, b2, x):
    z1 = x @ w1 + b1
    h1 = sigma(z1)
    z2 = h1 @ w2 + b2
    h2 = sigma(z2)
    return z1, h1, z2, h2


def backward(w1, b1, w2, b2, x, y, h2, z2, h1, z1):
    dh2 = 2 * (h2 - y)
    dz2 = dsigma(z2) * dh2
    dw2 = h1.T @ dz2
    dh1 = dz2 @ w2.T
    dz1 = dsigma(z1) * dh1
    dw1 = x.T @ dz1
    return dw1, dz1.sum(0), dw2, dz2.sum(0)


def init():
    istd = math.sqrt(1e-6)
    w1 = torch.zeros((784, 50))
    torch.nn.init.normal_(w1, mean=0.0, std=istd)  # expect: INI003
    b1 = torch.zeros((50,))
    w2 = torch.zeros((50, 10))
    torch.nn.init.normal_(w2, mean=0.0, std=1 / math.sqrt(50))
    b2 = torch.zeros((10,))
    return w1, b1, w2, b2


def train(x, y, steps=1000, lr=0.1):
    w1, b1, w2, b2 = init()
    for _ in range(steps):
        z1, h1, z2, h2 = forward(w1, b1, w2, b2, x)
        dw1, db1, dw2, db2 = backward(w1, b1, w2, b2, x, y, h2, z2, h1, z1)
        w1 -= lr * dw1
        b1 -= lr * db1
        w2 -= lr * dw2
        b2 -= lr * db2
    return w1, b1, w2, b2
