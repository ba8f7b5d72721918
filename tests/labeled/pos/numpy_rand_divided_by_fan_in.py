"""A deeplearning.ai-style L-layer network whose author divides a uniform [0, 1) draw by the previous layer's
size: every weight is still positive, so all units of a layer start out pulling the same way."""

import numpy as np


def initialize_parameters_deep(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.rand(layers_dims[l], layers_dims[l - 1]) / (layers_dims[l - 1])  # expect: INI005
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def L_model_forward(X, parameters):
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A = np.maximum(0, np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)])
    AL = 1 / (1 + np.exp(-(np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)])))
    return AL
