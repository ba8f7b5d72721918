"""deeplearning.ai "Initialization" assignment as a class: the init method is chosen by a string,
each arm a loop over the layers. The arms are alternatives (one runs), so neither overwrites the
other: zeros and `randn * 10` are both reported."""
import numpy as np


class DeepNeuralNetwork:
    def __init__(self, layers_dim, init="he"):
        self.parameters = self.initialize(layers_dim, init)

    def initialize(self, layers_dim, init):
        L = len(layers_dim)
        parameters = {}
        if init == "zero":
            for l in range(1, L):
                parameters["W" + str(l)] = np.zeros((layers_dim[l], layers_dim[l - 1]))  # expect: INI001
                parameters["b" + str(l)] = np.zeros((layers_dim[l], 1))
        elif init == "large":
            for l in range(1, L):
                parameters["W" + str(l)] = np.random.randn(layers_dim[l], layers_dim[l - 1]) * 10  # expect: INI004
                parameters["b" + str(l)] = np.zeros((layers_dim[l], 1))
        else:
            for l in range(1, L):
                parameters["W" + str(l)] = np.random.randn(layers_dim[l], layers_dim[l - 1]) * np.sqrt(2 / layers_dim[l - 1])
                parameters["b" + str(l)] = np.zeros((layers_dim[l], 1))
        return parameters

    def forward(self, X):
        A = X
        L = len(self.parameters) // 2
        for l in range(1, L):
            A = np.maximum(0, np.dot(self.parameters["W" + str(l)], A) + self.parameters["b" + str(l)])
        return 1 / (1 + np.exp(-(np.dot(self.parameters["W" + str(L)], A) + self.parameters["b" + str(L)])))

    def update(self, grads, learning_rate=0.01):
        for key in self.parameters:
            self.parameters[key] = self.parameters[key] - learning_rate * grads["d" + key]
