"""A two-layer logistic net written in a script's main(): the output weight vector is drawn as
`randn(n_hidden)` with `n_hidden = 100` a local of main: std 1 at fan-in 100 saturates the sigmoid output."""

import numpy as np


def forward(X, W1, W2):
    Z = np.tanh(X.dot(W1))
    return 1 / (1 + np.exp(-Z.dot(W2))), Z


def main(X, Y):
    n_hidden = 100
    W1 = np.random.randn(2, n_hidden)
    W2 = np.random.randn(n_hidden)  # expect: INI004
    learning_rate = 0.00005
    for i in range(3000):
        pY, Z = forward(X, W1, W2)
        W2 += learning_rate * Z.T.dot(Y - pY)
        W1 += learning_rate * X.T.dot(np.outer(Y - pY, W2) * (1 - Z * Z))
