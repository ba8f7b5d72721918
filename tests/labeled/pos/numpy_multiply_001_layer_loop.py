"""The course's L-layer initialiser with the scale written as a call, `np.multiply(np.random.randn(...), 0.01)`,
in a loop over every layer of a deep ReLU network whose sizes come from the caller."""

import numpy as np


def initialize_parameters(layer_dimensions):
    parameters = {}
    L = len(layer_dimensions)
    for l in range(1, L):
        parameters["W" + str(l)] = np.multiply(np.random.randn(layer_dimensions[l], layer_dimensions[l - 1]), 0.01)  # expect: INI003
        parameters["b" + str(l)] = np.zeros((layer_dimensions[l], 1))
    return parameters


def forward(X, parameters):
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A = np.maximum(0, np.dot(parameters["W" + str(l)], A) + parameters["b" + str(l)])
    return np.dot(parameters["W" + str(L)], A) + parameters["b" + str(L)]
