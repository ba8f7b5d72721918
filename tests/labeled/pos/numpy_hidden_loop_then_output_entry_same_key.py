"""The hidden layers are drawn in a loop over l with a fan-in formula times 0.01; after the loop the same key
expression is written once more with l set to the output layer: another entry, not an overwrite of the loop's."""

import numpy as np

network = [{"units": 2}, {"units": 100, "activation": "relu"}, {"units": 100, "activation": "relu"},
           {"units": 3, "activation": "softmax"}]


def initialize_parameters():
    parameters = {}
    for l in range(1, len(network) - 1):
        parameters["W" + str(l)] = np.random.normal(  # expect: INI003
            loc=0.0, scale=np.sqrt(2 / network[l - 1]["units"]),
            size=(network[l - 1]["units"], network[l]["units"])) * 0.01
        parameters["b" + str(l)] = np.zeros((1, network[l]["units"]))
    l = len(network) - 1
    parameters["W" + str(l)] = np.random.randn(network[l - 1]["units"], network[l]["units"]) * 0.01
    parameters["b" + str(l)] = np.zeros((1, network[l]["units"]))
    return parameters


def forward(X, parameters):
    A = X
    for l in range(1, len(network) - 1):
        A = np.maximum(0, A @ parameters["W" + str(l)] + parameters["b" + str(l)])
    return A @ parameters["W" + str(len(network) - 1)]
