"""A from-scratch MLP class that appends one weight per layer to `self.weights` with the Glorot-normal scale
sqrt(2 / (fan_in + fan_out)); the forward pass sends every hidden product through ReLU and the last through
softmax. Glorot is chosen for the ReLU layers (the last append is the output layer)."""

import numpy as np


def relu(x):
    return np.maximum(0, x)


def softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class NeuralNet:
    def __init__(self, n_in, hidden, n_out):
        self.weights = []
        self.biases = []
        self.weights.append(np.random.randn(n_in, hidden[0]) * np.sqrt(2 / (n_in + hidden[0])))  # expect: INI101
        self.biases.append(np.zeros((1, hidden[0])))
        for i in range(len(hidden) - 1):
            self.weights.append(np.random.randn(hidden[i], hidden[i + 1]) * np.sqrt(2 / (hidden[i] + hidden[i + 1])))  # expect: INI101
            self.biases.append(np.zeros((1, hidden[i + 1])))
        self.weights.append(np.random.randn(hidden[-1], n_out) * np.sqrt(2 / (hidden[-1] + n_out)))
        self.biases.append(np.zeros((1, n_out)))

    def forward(self, X):
        a = relu(np.dot(X, self.weights[0]) + self.biases[0])
        for i in range(len(self.weights) - 2):
            a = relu(np.dot(a, self.weights[i + 1]) + self.biases[i + 1])
        return softmax(np.dot(a, self.weights[-1]) + self.biases[-1])
