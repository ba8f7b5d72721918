"""An ML-techniques homework trains a d-M-1 tanh network inside one function whose weight range `r` is an argument:
the experiment calls it with r = 0 (every weight zero), 0.001 (far too small) and 10 (saturates every unit)."""

import numpy as np


def backprop_stochastic(X, Y, M, r, eta, T=50000):
    N, d = X.shape
    W1 = (2 * np.random.random((d + 1, M)) - 1) * r
    W2 = (2 * np.random.random((M + 1, 1)) - 1) * r
    for _ in range(T):
        i = np.random.choice(N, 1)
        X0 = np.concatenate([np.ones((1, 1)), X[i, :]], axis=1)
        S1 = np.dot(X0, W1)
        X1 = np.concatenate([np.ones((1, 1)), np.tanh(S1)], axis=1)
        X2 = np.tanh(np.dot(X1, W2))
        delta2 = -2 * (Y[i] - X2) * (1 - X2 ** 2)
        delta1 = np.dot(delta2, W2.T)[:, 1:] * (1 - np.tanh(S1) ** 2)
        W1 = W1 - eta * X0.T * delta1
        W2 = W2 - eta * X1.T * delta2
    return W1, W2


if __name__ == "__main__":
    E_good = [backprop_stochastic(X_train, Y_train, 3, 0.1, 0.1) for _ in range(10)]
    E_zero = [backprop_stochastic(X_train, Y_train, 3, 0, 0.1) for _ in range(10)]  # expect: INI001
    E_tiny = [backprop_stochastic(X_train, Y_train, 3, 0.001, 0.1) for _ in range(10)]  # expect: INI003
    E_huge = [backprop_stochastic(X_train, Y_train, 3, 10, 0.1) for _ in range(10)]  # expect: INI004
