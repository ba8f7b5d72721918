"""From-scratch book style: a dense layer class draws 0.01 * randn(n_inputs, n_neurons) and the script
builds it with 2 inputs; at fan-in 2 the He std is 1.0, so 0.01 is a hundredth of it and the signal dies."""

import numpy as np


class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.01 * np.random.randn(n_inputs, n_neurons)  # expect: INI003
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)


class Optimizer_SGD:
    def __init__(self, learning_rate=1.0):
        self.learning_rate = learning_rate

    def update_params(self, layer):
        layer.weights += -self.learning_rate * layer.dweights
        layer.biases += -self.learning_rate * layer.dbiases


dense1 = Layer_Dense(2, 64)
dense2 = Layer_Dense(64, 3)
optimizer = Optimizer_SGD()
