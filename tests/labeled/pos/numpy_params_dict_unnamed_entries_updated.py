"""A two-layer network whose params dict names its matrices `A1`, `A2` (not W): each is multiplied with the input
in the forward pass and changed by the update step, so each is a trained weight (RULES). The hidden one has
fan-in 2 and feeds ReLU: std 0.01 is far below a tenth of He (1.0)."""

import numpy as np


class Builder:
    @classmethod
    def init_params(cls):
        params = {}
        params["A1"] = np.random.randn(4, 2) * 0.01  # expect: INI003
        params["B1"] = np.zeros((4, 1))
        params["A2"] = np.random.randn(1, 4) * 0.01
        params["B2"] = np.zeros((1, 1))
        return params

    @classmethod
    def relu(cls, z):
        return np.maximum(0, z)

    @classmethod
    def sigmoid(cls, z):
        return 1 / (1 + np.exp(-z))

    @classmethod
    def forward(cls, X, params):
        h = cls.relu(np.dot(params["A1"], X) + params["B1"])
        return cls.sigmoid(np.dot(params["A2"], h) + params["B2"])

    @classmethod
    def update(cls, params, grads, lr=0.1):
        for k in ("A1", "B1", "A2", "B2"):
            params[k] -= lr * grads["d" + k]
        params["A1"] -= 0.0
        return params
