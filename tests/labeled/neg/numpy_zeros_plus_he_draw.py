"""A from-scratch dense layer that allocates its weight with np.zeros and then adds the random draw to it
(`W = W + randn(...)`, scaled by sqrt(2 / fan_in) next): the weight is the He draw, not zeros."""
import numpy as np


class DenseLayer:
    def __init__(self, in_shape, out_shape):
        self.weights = {}
        W = np.zeros([out_shape, in_shape])
        W = W + np.random.randn(out_shape, in_shape)
        W = W * np.sqrt(2.0 / in_shape)
        self.weights["W"] = W
        self.weights["b"] = np.zeros([out_shape, 1])

    def forward(self, inputs):
        return np.maximum(0, self.weights["W"] @ inputs + self.weights["b"])

    def update(self, grads, lr=0.01):
        self.weights["W"] -= lr * grads["W"]
        self.weights["b"] -= lr * grads["b"]


layers = [DenseLayer(784, 256), DenseLayer(256, 10)]
