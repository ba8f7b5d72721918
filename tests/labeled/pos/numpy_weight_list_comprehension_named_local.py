"""From-scratch MLP whose layer weights are a list comprehension bound to a local and returned with the
biases: std 0.01 for every layer of a ReLU stack whose depth comes from the caller."""

import numpy as np


def init_params(sizes, scale=0.01):
    weights = [scale * np.random.randn(m, n) for m, n in zip(sizes[:-1], sizes[1:])]  # expect: INI003
    biases = [np.zeros(n) for n in sizes[1:]]
    return weights, biases


def forward(weights, biases, x):
    for W, b in zip(weights[:-1], biases[:-1]):
        x = np.maximum(0, x @ W + b)
    return x @ weights[-1] + biases[-1]
