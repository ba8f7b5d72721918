"""A notebook draws two matrices in [0, 1) and hands them to a function of its own that only runs a forward pass
and prints the output shape: nothing updates them and no optimizer receives them, so they are demo arrays (RULES
"What counts as a trained weight"). Nothing to report."""

import numpy as np


def sigmoide(z):
    return 1 / (1 + np.exp(-z))


def propaga(X, pesos):
    wh, wo = pesos
    return sigmoide(sigmoide(X @ wh) @ wo)


X = np.random.randn(8, 20)
wh = np.random.rand(20, 16)
wo = np.random.rand(16, 1)
print(propaga(X, [wh, wo]).shape)
