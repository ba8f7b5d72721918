"""A from-scratch L-layer network (a bootcamp's solution): He init for every layer, ReLU on the hidden
layers and a sigmoid on the last one, picked inside the forward loop by `if l == L`. The sigmoid is the
output link, not a hidden activation: He before ReLU is right."""

import numpy as np


def initialize_parameters(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    cache = {"A0": X}
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A_prev = A
        Z = np.dot(parameters[f"W{l}"], A_prev) + parameters[f"b{l}"]
        if l == L:
            A = 1 / (1 + np.exp(-Z))
        else:
            A = np.maximum(0, Z)
        cache[f"A{l}"] = A
    return A, cache
