"""From-scratch NumPy framework (a course project): the dense layer's default activation "relu" is looked up by
a factory imported from the project's activations module, and its default init is Glorot uniform: Xavier
explicitly chosen before ReLU."""

import numpy as np
from .activations import get_activation_function


class DenseLayer:
    def __init__(self, input_size, output_size, activation="relu", weight_init="xavier"):
        self.input_size = input_size
        self.output_size = output_size
        self.weights = self._initialize_weights(weight_init)
        self.bias = np.zeros((1, output_size))
        self.activation = get_activation_function(activation)

    def _initialize_weights(self, method):
        if method == "xavier":
            limit = np.sqrt(6.0 / (self.input_size + self.output_size))
            return np.random.uniform(-limit, limit, (self.input_size, self.output_size))  # expect: INI101
        elif method == "he":
            std = np.sqrt(2.0 / self.input_size)
            return np.random.normal(0, std, (self.input_size, self.output_size))
        raise ValueError(method)

    def forward(self, x):
        self.last_input = x
        z = np.dot(x, self.weights) + self.bias
        return self.activation.forward(z)

    def update(self, grad_w, grad_b, lr):
        self.weights -= lr * grad_w
        self.bias -= lr * grad_b
