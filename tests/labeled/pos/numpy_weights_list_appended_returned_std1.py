"""A from-scratch MLP's initialiser appends one unscaled unit-normal matrix per layer to a list and returns it;
the training loop updates every entry. Std 1 at fan-in 784 and 128 saturates the sigmoid units."""

import numpy as np


def init_network(sizes):
    weights = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        w = np.random.randn(n_in, n_out)  # expect: INI004
        weights.append(w)
    return weights


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, Y, sizes=(784, 128, 10), lr=0.1, epochs=10):
    weights = init_network(sizes)
    for _ in range(epochs):
        acts = [X]
        for w in weights:
            acts.append(sigmoid(acts[-1] @ w))
        delta = acts[-1] - Y
        for i in reversed(range(len(weights))):
            grad = acts[i].T @ delta
            delta = (delta @ weights[i].T) * acts[i] * (1 - acts[i])
            weights[i] -= lr * grad
    return weights
