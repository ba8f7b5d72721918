"""A deep-learning course's from-scratch layer type (the MLP that stacks it lives in another file): every
linear layer built from it starts at N(0, 1e-4), far below 0.01, so the signal vanishes in the hidden layers."""

import numpy as np


class LinearModule(object):
    def __init__(self, in_features, out_features):
        self.params = {
            "weight": np.random.normal(0, 0.0001, (out_features, in_features)),  # expect: INI003
            "bias": np.zeros((out_features, 1)),
        }
        self.grads = {"weight": np.zeros((out_features, in_features)), "bias": np.zeros((out_features, 1))}

    def forward(self, x):
        self.x = x
        return (self.params["weight"] @ x.T + self.params["bias"]).T

    def backward(self, dout):
        self.grads["weight"] = dout.T @ self.x
        self.grads["bias"] = dout.sum(0)[:, None]
        return dout @ self.params["weight"]
