"""A two-layer net with positive-only `rand` weights that a gradient check nudges by +-eps and that the script
then trains (`params[key] -= lr * grads[key]`): the weights are trained, and U(0, 1) is not centred."""

import numpy as np


def fprop(x, params):
    a1 = 1 / (1 + np.exp(-np.dot(params["W1"], x)))
    return a1, 1 / (1 + np.exp(-np.dot(params["W2"], a1)))


def grads_of(x, y, params):
    a1, a2 = fprop(x, params)
    dz2 = a2 - y
    dz1 = np.dot(params["W2"].T, dz2) * a1 * (1 - a1)
    return {"W1": np.dot(dz1, x.T), "W2": np.dot(dz2, a1.T)}


params = {"W1": np.random.rand(64, 64), "W2": np.random.rand(1, 64)}  # expect: INI005
x, y = np.random.rand(64, 1), 1.0
eps, lr = 1e-6, 0.1
probe = np.copy(params["W1"])
probe[0, 0] += eps
for step in range(100):
    grads = grads_of(x, y, params)
    for key in params:
        params[key] -= lr * grads[key]
