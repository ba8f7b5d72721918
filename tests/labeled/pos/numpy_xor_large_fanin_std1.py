"""The XOR tutorial's network scaled up to MNIST without changing the init: unit-normal
W1 for fan-in 784 saturates every sigmoid unit."""

import numpy as np

X = np.random.rand(256, 784)
y = np.random.randint(0, 2, (256, 1))
W1 = np.random.randn(784, 64)  # expect: INI004
W2 = np.random.randn(64, 1) * 0.1


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(100):
    h = sigmoid(X @ W1)
    out = sigmoid(h @ W2)
    d_out = (out - y) * out * (1 - out)
    d_h = d_out @ W2.T * h * (1 - h)
    W2 -= 0.5 * h.T @ d_out
    W1 -= 0.5 * X.T @ d_h
