"""The same appended list of weights with the LeCun scale sqrt(1 / n) before sigmoid units: right; and its
output layer's He-scaled weight feeds only the output link, which the pairing rules do not judge."""

import numpy as np


class Net:
    def __init__(self):
        self.weights = []


def build(net, n_in, n_hidden, depth, n_out):
    net.weights.append(np.random.randn(n_hidden, n_in) * np.sqrt(1 / n_in))
    for _ in range(depth - 1):
        net.weights.append(np.random.randn(n_hidden, n_hidden) * np.sqrt(1 / n_hidden))
    net.weights.append(np.random.randn(n_out, n_hidden) * np.sqrt(2 / n_hidden))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(net, x):
    a = x
    for i in range(len(net.weights)):
        a = sigmoid(np.matmul(net.weights[i], a))
    return a


def train_step(net, grads, lr=0.1):
    for i, g in enumerate(grads):
        net.weights[i] -= lr * g
