"""From-scratch NumPy net: `rand` draws recentred on the next statement (`w = w / 5 - .1`,
`w -= 0.5`) are centred uniform draws, U(-0.1, 0.1) and U(-0.5, 0.5) scaled: not positive-only."""
import numpy as np


def init_layers(sizes):
    layers = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        weights = np.random.rand(n_in, n_out)
        weights = weights / 5 - .1
        biases = np.zeros((1, n_out))
        layers.append([weights, biases])
    return layers


def init_small(n_in, n_out):
    w = np.random.rand(n_in, n_out)
    w -= 0.5
    w *= 0.2
    return w


def forward(x, layers):
    for weights, biases in layers[:-1]:
        x = np.maximum(0, x @ weights + biases)
    weights, biases = layers[-1]
    return x @ weights + biases
