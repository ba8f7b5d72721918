"""A from-scratch L-layer network: He init (sqrt(2 / n_prev)) for every layer, tanh on the hidden layers and
a sigmoid on the last one picked by `if l == L`. The hidden tanh units get twice the variance Xavier gives
them and saturate layer after layer."""

import numpy as np


def initialize_parameters(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2.0 / layer_dims[l - 1])  # expect: INI102
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        Z = np.dot(parameters[f"W{l}"], A) + parameters[f"b{l}"]
        if l == L:
            A = 1 / (1 + np.exp(-Z))
        else:
            A = np.tanh(Z)
    return A


def update_parameters(parameters, grads, learning_rate):
    for key in parameters:
        parameters[key] -= learning_rate * grads["d" + key]
    return parameters
