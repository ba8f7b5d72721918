"""A university deep-learning exercise framework: initializer classes with the `initialize(weights_shape, fan_in,
fan_out)` API that the layers call for their weights. UniformRandom returns U(0, 1): every weight positive."""

import numpy as np


class Constant:
    def __init__(self, value=0.1):
        self.value = value

    def initialize(self, weights_shape, fan_in, fan_out):
        return np.full(weights_shape, self.value)


class UniformRandom:
    def initialize(self, weights_shape, fan_in, fan_out):
        output = np.random.rand(weights_shape[0], weights_shape[1])  # expect: INI005
        return output


class He:
    def initialize(self, weights_shape, fan_in, fan_out):
        return np.random.normal(0, np.sqrt(2 / fan_in), size=weights_shape)
