"""A small-scale `Prototype` is built by a whole model (it has `fit` and `predict`), not by a layer type: its
place in a network is not known, so the tiny scale is not judged as a hidden layer's."""

import numpy as np


class Prototype(object):
    def __init__(self, dim):
        self.weights = np.random.uniform(-1e-4, 1e-4, (dim, dim))

    def update(self, step):
        self.weights -= step


class PrototypeClassifier(object):
    def __init__(self, dim, n_classes):
        self.prototypes = []
        for _ in range(n_classes):
            self.prototypes.append(Prototype(dim))

    def fit(self, x, y, lr=0.1):
        for p in self.prototypes:
            p.update(lr * np.outer(x.mean(0), x.mean(0)))

    def predict(self, x):
        return np.argmax([np.sum(x @ p.weights) for p in self.prototypes])
