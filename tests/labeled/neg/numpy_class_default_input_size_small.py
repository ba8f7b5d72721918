"""A two-feature toy network: `NeuralNet(99)` leaves n_features at its default 2, so W1's fan-in is 2 and std 1 is
no explosion (RULES: std 1 with fan-in < 16 is silent)."""

import numpy as np


class NeuralNet:
    def __init__(self, n_hidden, n_features=2, n_class=2):
        self.params = {
            'W1': np.random.randn(n_features, n_hidden),
            'b1': np.zeros(n_hidden),
        }

    def forward(self, x):
        return np.maximum(0, x @ self.params['W1'] + self.params['b1'])

    def fit(self, x, grads, lr=0.1):
        for k in self.params:
            self.params[k] -= lr * grads[k]


net = NeuralNet(99)
