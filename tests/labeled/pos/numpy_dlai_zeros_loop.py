"""deeplearning.ai Course 2 Week 1 "Initialization" assignment: initialize_parameters_zeros.
Every W[l] of an L-layer ReLU net starts at zero, so symmetry never breaks."""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)  # number of layers in the network

    for l in range(1, L):
        parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))  # expect: INI001
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        Z = np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)]
        A = np.maximum(0, Z)
    ZL = np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)]
    return 1 / (1 + np.exp(-ZL))
