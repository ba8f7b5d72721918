"""Planar-data tanh classifier (deeplearning.ai Course 1 Week 3 shape) where the hidden layer
was switched to He scaling sqrt(2 / n_x) but the activation stayed np.tanh."""

import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * np.sqrt(2.0 / n_x)  # expect: INI102
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * np.sqrt(1.0 / n_h)
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    return 1 / (1 + np.exp(-Z2))
