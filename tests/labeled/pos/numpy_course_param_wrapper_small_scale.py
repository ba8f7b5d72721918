"""A course's from-scratch framework (dlcourse.ai style) keeps every trainable array in its own `Param`
wrapper (value and gradient); the fully connected layer used for every layer draws its weights at 0.001."""

import numpy as np


class Param:
    """Trainable parameter of the model: captures both the value and the gradient."""

    def __init__(self, value):
        self.value = value
        self.grad = np.zeros_like(value)


class FullyConnectedLayer:
    def __init__(self, n_input, n_output):
        self.W = Param(0.001 * np.random.randn(n_input, n_output))  # expect: INI003
        self.B = Param(0.001 * np.random.randn(1, n_output))

    def forward(self, X):
        self.X = X
        return X @ self.W.value + self.B.value

    def backward(self, d_out):
        self.W.grad += self.X.T @ d_out
        self.B.grad += d_out.sum(axis=0, keepdims=True)
        return d_out @ self.W.value.T

    def params(self):
        return {"W": self.W, "B": self.B}
