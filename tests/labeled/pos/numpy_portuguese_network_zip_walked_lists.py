"""A Portuguese rewrite of Nielsen's network.py: the weight list is named `pesos`, so its name says nothing; the
forward pass multiplies each of its items walked by `zip(self.vies, self.pesos)` and SGD rebuilds it item by item
(`self.pesos = [p - eta * g for p, g in zip(self.pesos, nabla_p)]`): a trained weight, std 1 at fan-in 784."""

import random

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Rede:
    def __init__(self, sizes):
        self.vies = [np.random.randn(y, 1) for y in sizes[1:]]
        self.pesos = [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]  # expect: INI004

    def feedforward(self, a):
        for v, p in zip(self.vies, self.pesos):
            a = sigmoid(np.dot(p, a) + v)
        return a

    def update_mini_batch(self, mini_batch, eta):
        nabla_p = [np.zeros(p.shape) for p in self.pesos]
        for x, y in mini_batch:
            for i, g in enumerate(self.backprop(x, y)):
                nabla_p[i] = nabla_p[i] + g
        self.pesos = [p - (eta / len(mini_batch)) * g for p, g in zip(self.pesos, nabla_p)]

    def backprop(self, x, y):
        return [np.zeros(p.shape) for p in self.pesos]


rede = Rede([784, 30, 10])
dados = [(np.random.rand(784, 1), np.random.rand(10, 1)) for _ in range(50)]
for epoca in range(10):
    random.shuffle(dados)
    rede.update_mini_batch(dados[:10], 3.0)
