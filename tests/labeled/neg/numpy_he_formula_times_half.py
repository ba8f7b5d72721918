"""He's formula scaled by a half (`normal(0, sqrt(2 / n_prev), shape) * 0.5`): half of He's std is well within
a tenth of it at any fan-in. Nothing to report."""

import numpy as np


def initialize_parameters(layer_dims):
    params = {}
    L = len(layer_dims)
    for l in range(1, L):
        params["W" + str(l)] = np.random.normal(0.0, np.sqrt(2 / layer_dims[l - 1]),
                                                (layer_dims[l], layer_dims[l - 1])) * 0.5
        params["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return params


def forward(X, params):
    L = len(params) // 2
    A = X
    for l in range(1, L):
        A = np.maximum(0, params["W" + str(l)] @ A + params["b" + str(l)])
    return params["W" + str(L)] @ A + params["b" + str(L)]


def train(X, Y, layer_dims, lr=0.01, steps=100):
    params = initialize_parameters(layer_dims)
    for _ in range(steps):
        out = forward(X, params)
        for l in range(1, len(layer_dims)):
            params["W" + str(l)] -= lr * np.sign(out.mean()) * params["W" + str(l)]
    return params
