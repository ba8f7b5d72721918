"""Course example on a 2-D toy problem: unscaled randn weights, but the sizes are constants of the script
(2 inputs, 3 hidden units), so std 1 is the right order for fan-in 2-3 (RULES: std 1 with fan-in < 16)."""

import numpy as np


def forward(X, W1, b1, W2, b2):
    Z = 1 / (1 + np.exp(-X.dot(W1) - b1))
    A = Z.dot(W2) + b2
    expA = np.exp(A)
    return expA / expA.sum(axis=1, keepdims=True), Z


def main():
    D = 2
    M = 3
    K = 3
    X = np.random.randn(1500, D)
    T = np.zeros((1500, K))
    W1 = np.random.randn(D, M)
    b1 = np.random.randn(M)
    W2 = np.random.randn(M, K)
    b2 = np.random.randn(K)
    learning_rate = 1e-3
    for epoch in range(1000):
        output, hidden = forward(X, W1, b1, W2, b2)
        W2 += learning_rate * hidden.T.dot(T - output)
        b2 += learning_rate * (T - output).sum(axis=0)
        dZ = (T - output).dot(W2.T) * hidden * (1 - hidden)
        W1 += learning_rate * X.T.dot(dZ)
        b1 += learning_rate * dZ.sum(axis=0)
