"""A from-scratch dense layer that allocates its weight with np.zeros and then adds an unscaled draw to it:
the weight is N(0, 1) with fan-in 784, so the ReLU pre-activations have std ~28 (He: sqrt(2/784))."""
import numpy as np


class DenseLayer:
    def __init__(self, in_shape, out_shape):
        self.weights = {}
        W = np.zeros([out_shape, in_shape])
        W += np.random.randn(out_shape, in_shape)  # expect: INI004
        self.weights["W"] = W
        self.weights["b"] = np.zeros([out_shape, 1])

    def forward(self, inputs):
        return np.maximum(0, self.weights["W"] @ inputs + self.weights["b"])

    def update(self, grads, lr=0.01):
        self.weights["W"] -= lr * grads["W"]
        self.weights["b"] -= lr * grads["b"]


layers = [DenseLayer(784, 256), DenseLayer(256, 10)]
