"""Preallocate-then-fill parameter setup: np.zeros buffers overwritten in place with He-scaled
draws (`W[:] = ...` covers the whole tensor), biases stay zero."""

import numpy as np


def init_params(sizes, seed=0):
    rng = np.random.default_rng(seed)
    params = {}
    for l in range(1, len(sizes)):
        params["W" + str(l)] = np.zeros((sizes[l], sizes[l - 1]))
        params["b" + str(l)] = np.zeros((sizes[l], 1))
        params["W" + str(l)][:] = rng.standard_normal((sizes[l], sizes[l - 1])) * np.sqrt(2.0 / sizes[l - 1])
    return params


def forward(X, params, L):
    A = X
    for l in range(1, L):
        A = np.maximum(0, params["W" + str(l)] @ A + params["b" + str(l)])
    return params["W" + str(L)] @ A + params["b" + str(L)]
