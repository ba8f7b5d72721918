"""deeplearning.ai Course 2 Week 1 "Initialization" assignment: initialize_parameters_he
(randn * sqrt(2 / n[l-1]) for a ReLU network, zero biases)."""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2.0 / layers_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    A = X
    for l in range(1, 3):
        A = np.maximum(0, np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)])
    Z3 = np.dot(parameters["W3"], A) + parameters["b3"]
    return 1 / (1 + np.exp(-Z3))
