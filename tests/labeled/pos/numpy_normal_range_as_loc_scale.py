"""A from-scratch network meant to draw U(-0.1, 0.1) but calls the normal: `np.random.normal(-0.1, 0.1, ...)`
is loc -0.1 and scale 0.1, so every weight starts around -0.1."""

import numpy as np


class Net:
    def __init__(self, n_in, n_hidden, n_out):
        self.W1 = np.random.normal(-0.1, 0.1, (n_in, n_hidden))  # expect: INI006
        self.W2 = np.random.normal(-0.1, 0.1, (n_hidden, n_out))  # expect: INI006

    def forward(self, x):
        return np.tanh(x @ self.W1) @ self.W2

    def step(self, x, grad1, grad2, lr=0.1):
        self.W1 -= lr * grad1
        self.W2 -= lr * grad2
