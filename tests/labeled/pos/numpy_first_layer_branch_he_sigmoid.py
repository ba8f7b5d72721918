"""A from-scratch deep classifier (bootcamp project): the layer loop draws the first layer in an
`if i == 0` arm and the others in the `else` arm, both at the He scale sqrt(2/fan_in), while forward_prop applies
the sigmoid to every layer. He doubles the variance a sigmoid unit wants (LeCun: sqrt(1/fan_in))."""
import numpy as np


class DeepNeuralNetwork:
    def __init__(self, nx, layers):
        self.L = len(layers)
        self.cache = {}
        self.weights = {}
        for i in range(self.L):
            key_w = "W" + str(i + 1)
            if i == 0:
                self.weights[key_w] = np.random.randn(layers[i], nx) * np.sqrt(2 / nx)  # expect: INI102
            else:
                self.weights[key_w] = np.random.randn(layers[i], layers[i - 1]) * np.sqrt(2 / layers[i - 1])  # expect: INI102
            self.weights["b" + str(i + 1)] = np.zeros((layers[i], 1))

    def forward_prop(self, X):
        self.cache["A0"] = X
        for i in range(self.L):
            Z = np.matmul(self.weights["W" + str(i + 1)], self.cache["A" + str(i)]) + self.weights["b" + str(i + 1)]
            self.cache["A" + str(i + 1)] = 1 / (1 + np.exp(-Z))
        return self.cache["A" + str(self.L)], self.cache
