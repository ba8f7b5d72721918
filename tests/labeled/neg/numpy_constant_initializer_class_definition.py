"""A from-scratch framework's initializer classes (a course exercise): `Constant` fills with the value its
constructor is given (0.1 by default), the framework's bias initializer; its definition initialises no weight.
The layers are built with `Xavier` for weights and `Constant` for biases."""

import numpy as np


class Constant:
    def __init__(self, const_value=0.1):
        self.const_value = const_value

    def initialize(self, weights_shape, fan_in, fan_out):
        init_weights = np.full(weights_shape, self.const_value)
        return init_weights


class Xavier:
    def initialize(self, weights_shape, fan_in, fan_out):
        return np.random.normal(0, np.sqrt(2 / (fan_in + fan_out)), size=weights_shape)


class FullyConnected:
    def __init__(self, input_size, output_size):
        self.input_size, self.output_size = input_size, output_size
        self.weights = None
        self.bias = None

    def initialize(self, weights_initializer, bias_initializer):
        self.weights = weights_initializer.initialize((self.input_size, self.output_size), self.input_size,
                                                      self.output_size)
        self.bias = bias_initializer.initialize((1, self.output_size), self.input_size, self.output_size)

    def forward(self, x):
        return np.tanh(x @ self.weights + self.bias)
