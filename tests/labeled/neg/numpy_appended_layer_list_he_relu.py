"""Course assignment (NumPy network from scratch): the network is a list filled layer by layer and run by a
loop; every Dense draws He-scaled weights for the ReLU stack."""

import numpy as np


class Layer:
    def forward(self, input):
        return input


class ReLU(Layer):
    def forward(self, input):
        return np.maximum(0, input)


class Dense(Layer):
    def __init__(self, input_units, output_units, learning_rate=0.1):
        self.learning_rate = learning_rate
        self.weights = np.random.randn(input_units, output_units) * np.sqrt(2.0 / input_units)
        self.biases = np.zeros(output_units)

    def forward(self, input):
        return input @ self.weights + self.biases

    def backward(self, input, grad_output):
        grad_weights = input.T @ grad_output
        self.weights = self.weights - self.learning_rate * grad_weights
        return grad_output @ self.weights.T


network = []
network.append(Dense(784, 100))
network.append(ReLU())
network.append(Dense(100, 200))
network.append(ReLU())
network.append(Dense(200, 10))


def forward(network, X):
    activations = []
    input = X
    for layer in network:
        input = layer.forward(input)
        activations.append(input)
    return activations
