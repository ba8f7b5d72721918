"""A lecture demo of a forward pass only: random matrices in a list named `camadas` ("layers"), multiplied item
by item through `zip`, and printed. Nothing updates them and no training step exists in the file, so they are
demo data, not trained weights (RULES: what counts as a trained weight)."""

import numpy as np


def tanh_forward(x, camadas, desvios):
    for m, d in zip(camadas, desvios):
        x = np.tanh(np.dot(m, x) + d)
    return x


camadas = [np.random.randn(y, x) for x, y in zip([784, 64], [64, 10])]
desvios = [np.zeros((y, 1)) for y in [64, 10]]
entrada = np.random.rand(784, 1)
saida = tanh_forward(entrada, camadas, desvios)
print("forma da saida:", saida.shape)
print("media:", saida.mean())
