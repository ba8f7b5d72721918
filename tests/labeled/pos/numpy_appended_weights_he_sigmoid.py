"""A from-scratch network that appends one weight matrix per layer to a list (input layer, a loop for the hidden
ones, the output layer last) and runs every hidden layer through sigmoid: the He scale sqrt(2 / n) doubles the
variance Xavier/LeCun would keep for sigmoid units."""

import numpy as np


class Net:
    def __init__(self):
        self.weights = []
        self.biases = []


def build(net, n_in, n_hidden, depth, n_out):
    net.weights.append(np.random.randn(n_hidden, n_in) * np.sqrt(2 / n_in))  # expect: INI102
    for _ in range(depth - 1):
        net.weights.append(np.random.randn(n_hidden, n_hidden) * np.sqrt(2 / n_hidden))  # expect: INI102
        net.biases.append(np.zeros((n_hidden, 1)))
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
