"""deeplearning.ai course utilities: initialize_parameters draws every W_l with randn / sqrt(n_{l-1}) (the
LeCun/Xavier scale) and forward_propagation reads W1, W2 back and puts both through relu (He is sqrt(2/n))."""

import numpy as np


def relu(x):
    return np.maximum(0, x)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def initialize_parameters(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])  # expect: INI101
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    A1 = relu(np.dot(W1, X) + b1)
    A2 = relu(np.dot(W2, A1) + b2)
    return sigmoid(np.dot(W3, A2) + b3)


def model(X, Y, learning_rate=0.3, num_iterations=30000, layers_dims=(2, 20, 3, 1)):
    parameters = initialize_parameters(layers_dims)
    for i in range(num_iterations):
        a3 = forward_propagation(X, parameters)
        grads = {"dW1": np.zeros_like(parameters["W1"])}
        parameters["W1"] -= learning_rate * grads["dW1"]
    return parameters
