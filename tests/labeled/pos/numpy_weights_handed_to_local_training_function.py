"""A notebook draws its two weight matrices in [0, 1) at module level and hands them, in a list, to a training
function of its own (named in the course's language) that unpacks the list and subtracts the gradient steps:
trained weights, all positive."""

import numpy as np


def sigmoide(z):
    return 1 / (1 + np.exp(-z))


def entrena(X, y, pesos, iteraciones, lr):
    wh, wo = pesos
    for _ in range(iteraciones):
        ah = sigmoide(X @ wh)
        ao = sigmoide(ah @ wo)
        delta_o = (ao - y) * ao * (1 - ao)
        delta_h = (delta_o @ wo.T) * ah * (1 - ah)
        wo -= lr * ah.T @ delta_o
        wh -= lr * X.T @ delta_h
    return [wh, wo]


X = np.random.randn(200, 20)
y = (X[:, :1] > 0).astype(float)
wh = np.random.rand(20, 16)  # expect: INI005
wo = np.random.rand(16, 1)  # expect: INI005
pesos = entrena(X, y, [wh, wo], 1000, 0.1)
