"""Generative-models tutorial (Helmholtz machine): the recognition weight has no weight-like name, but it
multiplies the input and wake-sleep updates it; randn * 0.001 on 784 inputs makes the sigmoid units flat."""

import numpy as np

X_dim, h_dim, mb_size = 784, 36, 16
R = np.random.randn(X_dim, h_dim) * 0.001  # expect: INI003
W = np.random.randn(h_dim, X_dim) * np.sqrt(1 / h_dim)


def sigm(x):
    return 1 / (1 + np.exp(-x))


def infer(X):
    return sigm(X @ R)


def generate(H):
    return sigm(H @ W)


for t in range(1, 1001):
    X_mb = (np.random.rand(mb_size, X_dim) > 0.5).astype(float)
    H = infer(X_mb)
    V = generate(H)
    g = 0
    for i in range(mb_size):
        g += np.outer(X_mb[i], H[i])
    R += (0.1 / t) * g / mb_size
    W += (0.1 / t) * H.T @ (X_mb - V) / mb_size
