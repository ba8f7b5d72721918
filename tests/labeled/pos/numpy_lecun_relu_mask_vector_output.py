"""A one-hidden-layer regression net from a course: W is drawn `randn(D, M) / sqrt(D)` (the LeCun scale),
the hidden units are ReLU written as `Z * (Z > 0)`, and the output is one unit whose weight vector V is
updated with W in the training loop: LeCun before ReLU halves the signal's variance."""

import numpy as np

N, D, M = 500, 2, 100
X = np.random.random((N, D)) * 4 - 2
Y = X[:, 0] * X[:, 1]
W = np.random.randn(D, M) / np.sqrt(D)  # expect: INI101
b = np.zeros(M)
V = np.random.randn(M) / np.sqrt(M)
c = 0


def forward(X):
    Z = X.dot(W) + b
    Z = Z * (Z > 0)
    return Z, Z.dot(V) + c


for i in range(200):
    Z, Yhat = forward(X)
    gV = (Y - Yhat).dot(Z)
    gW = X.T.dot(np.outer(Y - Yhat, V) * (Z > 0))
    V += 1e-4 * gV
    W += 1e-4 * gW
