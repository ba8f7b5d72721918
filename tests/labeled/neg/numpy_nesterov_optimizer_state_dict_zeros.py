"""From-scratch NumPy network with a Nesterov momentum optimizer: the per-weight velocity buffers are a dict named for
the optimizer (`nesterov_opt = {"W1": np.zeros(...), ...}`), returned by a helper: optimizer state, not weights."""

import numpy as np


class DeepNeuralNetwork:
    def __init__(self, sizes, lr=0.1, beta=0.9):
        self.sizes = sizes
        self.params = self.initialize()
        self.nesterov_opt = self.initialize_nesterov_optimizer()
        self.lr, self.beta = lr, beta

    def initialize(self):
        n_in, n_hidden, n_out = self.sizes
        return {
            "W1": np.random.randn(n_hidden, n_in) * np.sqrt(2.0 / n_in),
            "b1": np.zeros((n_hidden, 1)),
            "W2": np.random.randn(n_out, n_hidden) * np.sqrt(1.0 / n_hidden),
            "b2": np.zeros((n_out, 1)),
        }

    def initialize_nesterov_optimizer(self):
        nesterov_opt = {
            "W1": np.zeros(self.params["W1"].shape),
            "b1": np.zeros(self.params["b1"].shape),
            "W2": np.zeros(self.params["W2"].shape),
            "b2": np.zeros(self.params["b2"].shape),
        }
        return nesterov_opt

    def feed_forward(self, x):
        a1 = np.maximum(0, np.matmul(self.params["W1"], x.T) + self.params["b1"])
        return np.matmul(self.params["W2"], a1) + self.params["b2"]

    def step(self, grads):
        for key in self.params:
            self.nesterov_opt[key] = self.beta * self.nesterov_opt[key] + (1 - self.beta) * grads[key]
            self.params[key] -= self.lr * self.nesterov_opt[key]
