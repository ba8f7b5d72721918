"""A numerical gradient check of a two-layer net: positive-only `rand` parameters, each entry nudged by +-eps
(`add_eps[j, k] += eps`) to compare finite differences with backprop. Nothing is trained: gradient-check inputs
are data (RULES: what counts as a trained weight)."""

from copy import copy

import numpy as np


def fprop(x, params):
    a1 = 1 / (1 + np.exp(-np.dot(params["W1"], x)))
    return float(1 / (1 + np.exp(-np.dot(params["W2"], a1))))


if __name__ == "__main__":
    params = {"W1": np.random.rand(2, 2), "W2": np.random.rand(1, 2)}
    x = np.random.rand(2, 1)
    eps = 1e-6
    for key in params:
        param = params[key]
        ng = np.zeros(param.shape)
        for j in range(ng.shape[0]):
            for k in range(ng.shape[1]):
                add_eps, min_eps = np.copy(param), np.copy(param)
                add_eps[j, k] += eps
                min_eps[j, k] -= eps
                add_params, min_params = copy(params), copy(params)
                add_params[key], min_params[key] = add_eps, min_eps
                ng[j, k] = (fprop(x, add_params) - fprop(x, min_params)) / (2 * eps)
