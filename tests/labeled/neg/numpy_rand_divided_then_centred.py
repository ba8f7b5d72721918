"""A from-scratch MLP that centres its uniform draw after dividing by the fan-in (`rand / n - 0.5 / n`): the
range is symmetric around zero, U(-0.5/n, 0.5/n), so nothing is all-positive."""

import numpy as np


def init_params(sizes):
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        W = np.random.rand(n_out, n_in) / n_in - 0.5 / n_in
        b = np.zeros(n_out)
        params.append((W, b))
    return params


def forward(params, x):
    for W, b in params[:-1]:
        x = np.maximum(0, W @ x + b)
    W, b = params[-1]
    return W @ x + b
