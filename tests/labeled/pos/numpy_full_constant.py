"""Student NumPy network (layer-loop init) that fills every weight matrix with 0.1 via np.full."""

import numpy as np


def init_params(layer_sizes):
    params = {}
    for l in range(1, len(layer_sizes)):
        params["W" + str(l)] = np.full((layer_sizes[l], layer_sizes[l - 1]), 0.1)  # expect: INI002
        params["b" + str(l)] = np.zeros((layer_sizes[l], 1))
    return params


def forward(X, params, L):
    A = X
    for l in range(1, L):
        A = np.maximum(0, params["W" + str(l)] @ A + params["b" + str(l)])
    return params["W" + str(L)] @ A + params["b" + str(L)]
