"""NumPy Generator API: rng.random(...) (uniform on [0, 1)) used for the weights of a small
regression MLP -- positive-only, non-centred weights."""

import numpy as np


class MLPRegressor:
    def __init__(self, n_features, n_hidden=32, seed=0):
        rng = np.random.default_rng(seed)
        self.W1 = rng.random((n_features, n_hidden))  # expect: INI005
        self.b1 = np.zeros(n_hidden)
        self.W2 = rng.uniform(-0.1, 0.1, size=(n_hidden, 1))
        self.b2 = np.zeros(1)

    def predict(self, X):
        h = np.maximum(0, X @ self.W1 + self.b1)
        return h @ self.W2 + self.b2
