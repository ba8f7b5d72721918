"""From-scratch NumPy tanh MLP (blog post): Xavier/LeCun scaling 1/sqrt(fan_in) with the
forward pass through small helpers (dense(), tanh layers) -- the right pairing for tanh."""

import numpy as np


def init_layer(n_in, n_out, rng):
    W = rng.standard_normal((n_out, n_in)) / np.sqrt(n_in)
    b = np.zeros((n_out, 1))
    return W, b


def dense(W, b, x):
    return W @ x + b


def forward(params, x):
    (W1, b1), (W2, b2), (W3, b3) = params
    h1 = np.tanh(dense(W1, b1, x))
    h2 = np.tanh(dense(W2, b2, h1))
    return dense(W3, b3, h2)


def build(sizes=(64, 128, 128, 10), seed=0):
    rng = np.random.default_rng(seed)
    return [init_layer(a, b, rng) for a, b in zip(sizes[:-1], sizes[1:])]
