"""Every weight entry is first zeroed in one loop, then drawn with the He scale in a second loop: the second
loop rewrites every entry (an overwrite), so the zeros never reach training."""

import numpy as np

layer_dims = [784, 128, 64, 10]


def initialize_parameters():
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
    return parameters


def forward(X, parameters):
    A = X
    for l in range(1, len(layer_dims)):
        A = np.maximum(0, parameters["W" + str(l)] @ A + parameters["b" + str(l)])
    return A
