"""From-scratch NumPy framework: the dense layer's activation is looked up by name from the project's
activations module; its default "tanh" with the Glorot default is the pairing Glorot derived for."""

import numpy as np
from .activations import get_activation


class DenseLayer:
    def __init__(self, input_size, output_size, activation="tanh", weight_init="xavier"):
        self.input_size = input_size
        self.output_size = output_size
        self.weights = self._initialize_weights(weight_init)
        self.bias = np.zeros((1, output_size))
        self.activation = get_activation(activation)

    def _initialize_weights(self, method):
        if method == "xavier":
            limit = np.sqrt(6.0 / (self.input_size + self.output_size))
            return np.random.uniform(-limit, limit, (self.input_size, self.output_size))
        elif method == "he":
            std = np.sqrt(2.0 / self.input_size)
            return np.random.normal(0, std, (self.input_size, self.output_size))
        raise ValueError(method)

    def forward(self, x):
        z = np.dot(x, self.weights) + self.bias
        return self.activation(z)

    def update(self, grad_w, grad_b, lr):
        self.weights -= lr * grad_w
        self.bias -= lr * grad_b
