"""From-scratch AdaBoost: the sample weights start uniform and are reweighted each
round. They weigh the training examples; they are not weights of a network."""

import numpy as np


def adaboost(X, y, n_rounds=10):
    n_samples = X.shape[0]
    weights = np.full(n_samples, 1 / n_samples)
    stumps = []
    for _ in range(n_rounds):
        feature = np.argmax(np.abs((weights * y) @ X))
        pred = np.sign(X[:, feature] + 1e-12)
        err = np.sum(weights[pred != y])
        alpha = 0.5 * np.log((1 - err) / (err + 1e-10))
        weights *= np.exp(-alpha * y * pred)
        weights /= weights.sum()
        stumps.append((feature, alpha))
    return stumps
