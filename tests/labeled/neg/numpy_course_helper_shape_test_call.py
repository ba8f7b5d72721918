"""Course assignment: the graded helper is called once with tiny sizes and its result is only printed
(a shape test of the helper, not a network); 0.01 is the course's scale for its shallow network."""

import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(1)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    assert W1.shape == (n_h, n_x)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward(X, parameters):
    A1 = np.tanh(np.dot(parameters["W1"], X) + parameters["b1"])
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    return 1 / (1 + np.exp(-Z2))


parameters = initialize_parameters(2, 2, 1)
print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
