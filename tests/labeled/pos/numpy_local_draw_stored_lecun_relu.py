"""The course's L-layer network, with each weight drawn into a local and then stored in the params
dict: the LeCun scale sqrt(1 / n_prev) reaches layers whose output goes through ReLU (He: sqrt(2 /
n_prev) keeps the variance)."""

import numpy as np


def initialize_parameters_deep(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(1 / layer_dims[l - 1])  # expect: INI101
        b = np.zeros((layer_dims[l], 1))
        parameters['W' + str(l)] = W
        parameters['b' + str(l)] = b
    return parameters


def L_model_forward(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = np.maximum(0, np.dot(parameters['W' + str(l)], A) + parameters['b' + str(l)])
    return np.dot(parameters['W' + str(L)], A) + parameters['b' + str(L)]
