"""A course's from-scratch framework keeps every trainable array in its own `Param` wrapper (value and
gradient); the fully connected layer draws its weights with the He scale and starts its bias at zero."""

import numpy as np


class Param:
    """Trainable parameter of the model: captures both the value and the gradient."""

    def __init__(self, value):
        self.value = value
        self.grad = np.zeros_like(value)


class FullyConnectedLayer:
    def __init__(self, n_input, n_output):
        self.W = Param(np.random.randn(n_input, n_output) * np.sqrt(2.0 / n_input))
        self.B = Param(np.zeros((1, n_output)))

    def forward(self, X):
        self.X = X
        return X @ self.W.value + self.B.value

    def backward(self, d_out):
        self.W.grad += self.X.T @ d_out
        self.B.grad += d_out.sum(axis=0, keepdims=True)
        return d_out @ self.W.value.T
