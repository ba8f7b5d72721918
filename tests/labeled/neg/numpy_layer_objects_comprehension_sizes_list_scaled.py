"""From-scratch network: each layer object draws its weights scaled by 1 / sqrt(fan-in) (LeCun, for the
sigmoid units), built in a comprehension over `[num_inputs, *hidden_layers_sizes, num_outputs]`. Silent."""

import numpy as np


class FullyConnectedLayer(object):
    def __init__(self, num_inputs, layer_size, activation_function):
        self.W = np.random.standard_normal((num_inputs, layer_size)) / np.sqrt(num_inputs)
        self.b = np.zeros(layer_size)
        self.activation_function = activation_function

    def forward(self, x):
        self.x = x
        return self.activation_function(np.dot(x, self.W) + self.b)

    def optimize(self, dL_dW, dL_db, epsilon):
        self.W -= epsilon * dL_dW
        self.b -= epsilon * dL_db


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class SimpleNetwork(object):
    def __init__(self, num_inputs, num_outputs, hidden_layers_sizes=(64, 32), activation_function=sigmoid):
        layer_sizes = [num_inputs, *hidden_layers_sizes, num_outputs]
        self.layers = [FullyConnectedLayer(layer_sizes[i], layer_sizes[i + 1], activation_function)
                       for i in range(len(layer_sizes) - 1)]

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x
