"""From-scratch XOR network (blog tutorial): 2-4-1 sigmoid net with unit-normal weights.
With fan-in 2 and 4, std 1 is the Xavier scale or close to it."""

import numpy as np

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
y = np.array([[0], [1], [1], [0]])
W1 = np.random.randn(2, 4)
W2 = np.random.randn(4, 1)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(10000):
    h = sigmoid(X @ W1)
    out = sigmoid(h @ W2)
    d_out = (out - y) * out * (1 - out)
    d_h = d_out @ W2.T * h * (1 - h)
    W2 -= 0.5 * h.T @ d_out
    W1 -= 0.5 * X.T @ d_h
