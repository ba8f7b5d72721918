"""L-layer tanh network with He scaling sqrt(2 / n[l-1]) in the init loop
(He is for ReLU; tanh wants sqrt(1 / n[l-1]))."""

import numpy as np


def initialize_parameters(layers_dims):
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])  # expect: INI102
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def forward(X, parameters, L):
    A = X
    for l in range(1, L):
        A = np.tanh(parameters["W" + str(l)] @ A + parameters["b" + str(l)])
    ZL = parameters["W" + str(L)] @ A + parameters["b" + str(L)]
    return 1 / (1 + np.exp(-ZL))
