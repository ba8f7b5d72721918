"""A course's from-scratch MLP framework: the default initializer of every LinearLayer draws U(lower, upper) with
the integer defaults lower=-1, upper=1 (range bounds, not sizes). U(-1, 1) has std 0.58; RULES fire on it only
"with large fan-in", and no layer of the file is built with a size: silent."""

import numpy as np


class RandomUniformInitializer:
    def __init__(self, lower=-1, upper=1):
        self.lower = lower
        self.upper = upper

    def weightsandbiases(self, nin, nout):
        weights = np.random.uniform(self.lower, self.upper, (nin, nout))
        biases = np.zeros((1, nout))
        return weights, biases


class LinearLayer:
    def __init__(self, nin, nout, initializer=RandomUniformInitializer()):
        self.weights, self.bias = initializer.weightsandbiases(nin, nout)

    def forward(self, x):
        self.x = x
        return x @ self.weights + self.bias

    def step(self, grad_w, lr=1e-3):
        self.weights -= lr * grad_w
