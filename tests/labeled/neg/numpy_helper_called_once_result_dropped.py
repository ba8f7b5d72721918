"""A course notebook exported as a script: `initialize_parameters(3, 2, 1)` runs once as a check and its
result is never read before the next test binds the name again, so 3 is no size of a network. 0.01 is the
course's scale for the real inputs (12,288 pixels); nothing says otherwise -- silent."""

import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


parameters = initialize_parameters(3, 2, 1)


def forward(X, parameters):
    A1 = np.tanh(parameters["W1"] @ X + parameters["b1"])
    return 1 / (1 + np.exp(-(parameters["W2"] @ A1 + parameters["b2"])))


def update(parameters, grads, lr=1.2):
    for k in ("W1", "b1", "W2", "b2"):
        parameters[k] = parameters[k] - lr * grads["d" + k]
    return parameters


parameters = {"W1": np.ones((1, 1))}
