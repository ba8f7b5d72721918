"""NumPy Generator API (np.random.default_rng) MLP: rng.normal(0.02, size=...) puts 0.02
in loc, not scale -- the weights are N(0.02, 1)."""

import numpy as np

rng = np.random.default_rng(seed=0)


def init_layer(n_in, n_out):
    W = rng.normal(0.02, size=(n_in, n_out))  # expect: INI006
    b = np.zeros(n_out)
    return W, b


def mlp(x, layers):
    for W, b in layers[:-1]:
        x = np.maximum(0.0, x @ W + b)
    W, b = layers[-1]
    return x @ W + b


layers = [init_layer(784, 256), init_layer(256, 256), init_layer(256, 10)]
