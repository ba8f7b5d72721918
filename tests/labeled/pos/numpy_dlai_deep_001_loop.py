"""deeplearning.ai Course 1 Week 4 initialize_parameters_deep: randn * 0.01 for every layer
of an L-layer ReLU network (the deep-stack case of INI003)."""

import numpy as np


def initialize_parameters_deep(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)

    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01  # expect: INI003
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def L_model_forward(X, parameters):
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A = np.maximum(0, np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)])
    ZL = np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)]
    return 1 / (1 + np.exp(-ZL))
