"""A from-scratch network whose weights come from a method returning a dict comprehension over the layer
sizes: `{'w' + str(i): np.random.randn(*size) for i, size in enumerate(zip(shape[:-1], shape[1:]))}`. Each
entry is a layer's weight (read back as `self.weights[f'w{i}']` in the forward pass, changed by backprop):
std 1 with fan-in unknown here (sizes given by the caller) saturates the sigmoid units."""

import numpy as np


class NeuralNetwork:
    def __init__(self, hidden, input_size, output_size):
        self.shape = [input_size] + hidden + [output_size]
        self.weights = self.generate_weights()

    def generate_weights(self):
        return {"w" + str(i): np.random.randn(*size)  # expect: INI004
                for i, size in enumerate(zip(self.shape[:-1], self.shape[1:]))}

    def sigmoid(self, s):
        return 1 / (1 + np.exp(-s))

    def feedforward(self, x):
        activations = [x]
        for i in range(len(self.shape) - 1):
            x = self.sigmoid(np.dot(x, self.weights[f"w{i}"]))
            activations.append(x)
        return x, activations

    def backpropagate(self, x, y, lr=0.1):
        out, acts = self.feedforward(x)
        delta = (y - out) * out * (1 - out)
        for i in reversed(range(len(self.shape) - 1)):
            grad = acts[i].T.dot(delta)
            delta = delta.dot(self.weights[f"w{i}"].T) * acts[i] * (1 - acts[i])
            self.weights[f"w{i}"] += lr * grad
