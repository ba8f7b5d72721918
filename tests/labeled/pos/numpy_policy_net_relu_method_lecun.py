"""A policy-gradient agent's two-layer network in NumPy: the hidden layer is drawn with 1/sqrt(fan_in)
(Xavier as the course calls it) and goes through the class's own relu method, which zeroes negatives in
place. Xavier/LeCun before ReLU halves the signal's variance per layer (He's sqrt(2 / fan_in) keeps it)."""

import numpy as np


class Agent:
    def __init__(self, input_dimensions, num_hidden):
        self.weights = {
            '1': np.random.randn(num_hidden, input_dimensions) / np.sqrt(input_dimensions),  # expect: INI101
            '2': np.random.randn(num_hidden) / np.sqrt(num_hidden),
        }

    def sigmoid(self, x):
        return 1.0 / (1.0 + np.exp(-x))

    def relu(self, vector):
        vector[vector < 0] = 0
        return vector

    def forward(self, observation):
        hidden = np.dot(self.weights['1'], observation)
        hidden = self.relu(hidden)
        out = np.dot(hidden, self.weights['2'])
        return hidden, self.sigmoid(out)

    def update(self, grads, lr):
        for k in self.weights:
            self.weights[k] += lr * grads[k]
