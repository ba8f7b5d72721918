"""A school project's deep network class: every layer drawn in a loop with the He scale sqrt(2 / fan_in), while
the forward pass applies the class's own sigmoid, written `1 / (1 + np.exp(-1 * z))`. He suits ReLU; for sigmoid
units sqrt(1 / fan_in) keeps the variance."""

import numpy as np


class DeepNeuralNetwork:
    def __init__(self, nx, layers):
        self.L = len(layers)
        self.cache = {}
        self.weights = {}
        for layer in range(self.L):
            fan_in = nx if layer == 0 else layers[layer - 1]
            self.weights["W" + str(layer + 1)] = np.random.randn(layers[layer], fan_in) * np.sqrt(2. / fan_in)  # expect: INI102
            self.weights["b" + str(layer + 1)] = np.zeros((layers[layer], 1))

    def sigmoid(self, z):
        return 1 / (1 + np.exp(-1 * z))

    def forward_prop(self, X):
        self.cache["A0"] = X
        for i in range(self.L):
            z = np.matmul(self.weights["W" + str(i + 1)], self.cache["A" + str(i)]) + self.weights["b" + str(i + 1)]
            self.cache["A" + str(i + 1)] = self.sigmoid(z)
        return self.cache["A" + str(self.L)]

    def gradient_descent(self, Y, alpha=0.05):
        m = Y.shape[1]
        dz = self.cache["A" + str(self.L)] - Y
        for i in range(self.L, 0, -1):
            dw = np.matmul(dz, self.cache["A" + str(i - 1)].T) / m
            a = self.cache["A" + str(i - 1)]
            dz = np.matmul(self.weights["W" + str(i)].T, dz) * a * (1 - a)
            self.weights["W" + str(i)] = self.weights["W" + str(i)] - alpha * dw
