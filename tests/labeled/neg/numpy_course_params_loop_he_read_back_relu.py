"""deeplearning.ai course: He initialisation (randn * sqrt(2 / n_{l-1})) for every W_l, read back as W1, W2
and put through relu in forward_propagation: the right scale."""

import numpy as np


def relu(x):
    return np.maximum(0, x)


def initialize_parameters_he(layers_dims):
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2.0 / layers_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    A1 = relu(np.dot(W1, X) + b1)
    return np.dot(W2, A1) + b2


parameters = initialize_parameters_he([2, 10, 1])
for i in range(1000):
    out = forward_propagation(np.random.randn(2, 64), parameters)
    parameters["W1"] -= 0.01 * np.ones_like(parameters["W1"])
