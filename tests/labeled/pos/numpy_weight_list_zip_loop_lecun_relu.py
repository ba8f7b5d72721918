"""From-scratch NumPy MLP: the weights are a list comprehension of LeCun-scaled draws (sqrt(1 / n_in)) and the
forward pass walks zip(Ws[:-1], bs[:-1]) putting each layer through ReLU: He (sqrt(2 / n_in)) is the scale."""

import numpy as np


def init(sizes):
    Ws = [np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in) for n_in, n_out in zip(sizes[:-1], sizes[1:])]  # expect: INI101
    bs = [np.zeros(n_out) for n_out in sizes[1:]]
    return Ws, bs


def forward(Ws, bs, x):
    for W, b in zip(Ws[:-1], bs[:-1]):
        x = np.maximum(0, x @ W + b)
    return x @ Ws[-1] + bs[-1]


Ws, bs = init([784, 256, 256, 10])
for step in range(100):
    out = forward(Ws, bs, np.random.randn(32, 784))
    for W in Ws:
        W -= 0.01 * np.sign(W)
