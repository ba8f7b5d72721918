"""Beginner NumPy XOR/MNIST net that uses np.random.rand (uniform [0, 1)) for the weights:
all weights positive, the pre-activations start far from zero."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class NeuralNetwork:
    def __init__(self, x, y, hidden=64):
        self.input = x
        self.weights1 = np.random.rand(self.input.shape[1], hidden)  # expect: INI005
        self.weights2 = np.random.rand(hidden, 1)  # expect: INI005
        self.y = y

    def feedforward(self):
        self.layer1 = sigmoid(np.dot(self.input, self.weights1))
        self.output = sigmoid(np.dot(self.layer1, self.weights2))
        return self.output
