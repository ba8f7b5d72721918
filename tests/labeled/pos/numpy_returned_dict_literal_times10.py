"""The 'random init' exercise written as one return statement: the helper returns its dict literal of
parameters, std 10 on every weight, and the forward pass reads them back by key through tanh."""

import numpy as np


def initialize_parameters_random(n_x, n_h, n_y):
    return {"W1": np.random.randn(n_h, n_x) * 10, "b1": np.zeros((n_h, 1)),  # expect: INI004
            "W2": np.random.randn(n_y, n_h) * 10, "b2": np.zeros((n_y, 1))}  # expect: INI004


def forward(X, parameters):
    a1 = np.tanh(parameters["W1"] @ X + parameters["b1"])
    return parameters["W2"] @ a1 + parameters["b2"]


def model(X, Y, n_h=4, steps=1000, lr=0.5):
    parameters = initialize_parameters_random(X.shape[0], n_h, 1)
    for _ in range(steps):
        out = forward(X, parameters)
        parameters["W2"] -= lr * (out - Y) @ np.tanh(parameters["W1"] @ X).T
    return parameters
