"""A from-scratch network fills its own weight matrix with the constant its constructor is given
(`self.W = np.full((n_in, n_out), self.c)`, c=0.5): every hidden unit starts identical and stays so."""

import numpy as np


class Net:
    def __init__(self, n_in=784, n_out=64, c=0.5):
        self.n_in, self.n_out, self.c = n_in, n_out, c
        self.reset()

    def reset(self):
        self.W = np.full((self.n_in, self.n_out), self.c)  # expect: INI002

    def forward(self, x):
        return np.tanh(x @ self.W)

    def step(self, grad, lr=0.1):
        self.W -= lr * grad
