"""From-scratch MNIST network in a blog post: unscaled standard-normal weights
(std 1 with 784 inputs saturates the sigmoid units at once)."""

import numpy as np


def init_network(n_input=784, n_hidden=64, n_output=10):
    W1 = np.random.randn(n_hidden, n_input)  # expect: INI004
    b1 = np.zeros((n_hidden, 1))
    W2 = np.random.randn(n_output, n_hidden)  # expect: INI004
    b2 = np.zeros((n_output, 1))
    return W1, b1, W2, b2


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def feedforward(x, W1, b1, W2, b2):
    a1 = sigmoid(W1 @ x + b1)
    return sigmoid(W2 @ a1 + b2)
