"""A NumPy course network whose activation is picked by a string: every call keeps the hidden layers' default
"tanh" (model -> L_model_forward -> linear_activation_forward), so the He scale feeds tanh."""

import numpy as np


def initialize_parameters(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])  # expect: INI102
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def linear_activation_forward(A_prev, W, b, activation_fn):
    if activation_fn == "sigmoid":
        Z = W @ A_prev + b
        A = 1 / (1 + np.exp(-Z))
    elif activation_fn == "tanh":
        Z = W @ A_prev + b
        A = np.tanh(Z)
    elif activation_fn == "relu":
        Z = W @ A_prev + b
        A = np.maximum(0, Z)
    return A


def L_model_forward(X, parameters, hidden_layers_activation_fn="tanh"):
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A = linear_activation_forward(A, parameters["W" + str(l)], parameters["b" + str(l)],
                                      activation_fn=hidden_layers_activation_fn)
    AL = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], activation_fn="sigmoid")
    return AL


def model(X, Y, layers_dims, hidden_layers_activation_fn="tanh"):
    parameters = initialize_parameters(layers_dims)
    for i in range(100):
        AL = L_model_forward(X, parameters, hidden_layers_activation_fn)
    return parameters
