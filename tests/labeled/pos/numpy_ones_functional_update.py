"""A from-scratch two-layer network whose weights start at all ones and are trained with a step written as a call
(`w0 = np.subtract(w0, learning_rate * d_w0)`): every hidden unit computes the same function for ever."""

import numpy as np


def relu(x):
    return np.maximum(0, x)


hidden, n_in, n_out = 8, 2, 1
learning_rate = 0.1
w0 = np.ones((hidden, n_in))  # expect: INI002
b1 = np.zeros((hidden, 1))
w1 = np.random.randn(n_out, hidden) * np.sqrt(2 / hidden)
X = np.random.rand(n_in, 1)
y = np.array([[1.0]])
for step in range(100):
    a1 = relu(np.matmul(w0, X) + b1)
    out = np.matmul(w1, a1)
    d_out = 2 * (out - y)
    d_w1 = d_out @ a1.T
    d_a1 = (w1.T @ d_out) * (a1 > 0)
    d_w0 = d_a1 @ X.T
    w0 = np.subtract(w0, learning_rate * d_w0)
    w1 = np.subtract(w1, learning_rate * d_w1)
    b1 = np.subtract(b1, learning_rate * d_a1)
