"""np.random.normal((784, 100)) -- the shape tuple is passed as loc, so a single pair of
numbers around (784, 100) comes back instead of a 784x100 matrix."""

import numpy as np

n_input, n_hidden, n_classes = 784, 100, 10

weights_hidden = np.random.normal((n_input, n_hidden))  # expect: INI006
weights_out = np.random.normal(0.0, 0.1, (n_hidden, n_classes))


def predict(X):
    hidden = np.tanh(X @ weights_hidden)
    return hidden @ weights_out
