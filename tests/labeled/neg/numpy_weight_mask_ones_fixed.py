"""A sparse recurrent network's parameters: the input weight is drawn at the fan-in scale and multiplied by a
fixed connectivity mask of ones (`par['W_in_mask']`, every connection kept until pruning); the mask is never
trained, the weight is."""

import numpy as np

n_in, n_hid = 20, 100
par = {}
par['W_in'] = np.random.randn(n_in, n_hid) / np.sqrt(n_in)
par['W_in_mask'] = np.ones((n_in, n_hid))


def forward(x, h):
    return np.tanh(x @ (par['W_in'] * par['W_in_mask']) + h)


def step(grad, lr=0.01):
    par['W_in'] -= lr * grad * par['W_in_mask']
