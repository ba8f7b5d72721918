"""NumPy Generator API with He scaling: rng.standard_normal(...) * np.sqrt(2.0 / n_in)
for ReLU hidden layers."""

import numpy as np

rng = np.random.default_rng(0)


def init_layer(n_in, n_out):
    W = rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in)
    b = np.zeros(n_out)
    return W, b


def forward(x, layers):
    for W, b in layers[:-1]:
        x = np.maximum(0.0, x @ W + b)
    W, b = layers[-1]
    return x @ W + b


layers = [init_layer(784, 256), init_layer(256, 256), init_layer(256, 10)]
