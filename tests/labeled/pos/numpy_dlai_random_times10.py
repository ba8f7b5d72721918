"""deeplearning.ai Course 2 Week 1 "Initialization" assignment: initialize_parameters_random,
randn * 10 for every layer (cost starts at inf)."""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)

    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10  # expect: INI004
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    a1 = np.maximum(0, np.dot(W1, X) + b1)
    a2 = np.maximum(0, np.dot(W2, a1) + b2)
    return 1 / (1 + np.exp(-(np.dot(W3, a2) + b3)))
