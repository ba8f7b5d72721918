"""A from-scratch MLP whose weights (named in Portuguese) live in a list attribute: the forward pass multiplies
the input with each item (`for peso, bias in zip(self.pesos, self.bias)`) and the training step changes each item
in place (`for i, w in enumerate(self.pesos): w += step`). That is a trained weight, whatever its name says, and
every layer is drawn N(0, 1) with a fan-in nothing bounds."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class MLP:
    def __init__(self, camadas):
        self.pesos = [np.random.randn(b, a) for a, b in zip(camadas[1:], camadas[:-1])]  # expect: INI004
        self.vies = [np.zeros((1, a)) for a in camadas[1:]]

    def feedforward(self, u):
        saidas = [u]
        for peso, vies in zip(self.pesos, self.vies):
            u = sigmoid(np.dot(u, peso) + vies)
            saidas.append(u)
        return u, saidas

    def backpropagation(self, x, y, taxa):
        saida, a = self.feedforward(x)
        delta = [(y - saida) * saida * (1 - saida)]
        for i in range(len(a) - 1, 1, -1):
            delta.append(delta[-1].dot(self.pesos[i - 1].T) * a[i - 1] * (1 - a[i - 1]))
        delta = delta[::-1]
        for i, w in enumerate(self.pesos):
            w += taxa * np.dot(a[i].T, delta[i])
