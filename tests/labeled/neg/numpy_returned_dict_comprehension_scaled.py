"""The same network shape with each entry of the returned dict comprehension scaled by its own fan-in (Xavier
for the sigmoid units), and a second method that returns zero gradients keyed the same way: nothing to
report."""

import numpy as np


class NeuralNetwork:
    def __init__(self, hidden, input_size, output_size):
        self.shape = [input_size] + hidden + [output_size]
        self.weights = self.generate_weights()

    def generate_weights(self):
        return {"w" + str(i): np.random.randn(m, n) / np.sqrt(m)
                for i, (m, n) in enumerate(zip(self.shape[:-1], self.shape[1:]))}

    def zero_grads(self):
        return {k: np.zeros_like(v) for k, v in self.weights.items()}

    def sigmoid(self, s):
        return 1 / (1 + np.exp(-s))

    def feedforward(self, x):
        for i in range(len(self.shape) - 1):
            x = self.sigmoid(np.dot(x, self.weights[f"w{i}"]))
        return x

    def step(self, grads, lr=0.1):
        for k in self.weights:
            self.weights[k] -= lr * grads[k]
