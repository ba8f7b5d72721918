"""A NumPy MLP whose constructor draws every layer's weights in one loop over pairs of sizes
(`zip([input_dim] + n_hidden, n_hidden + [n_classes])`) from N(0, weight_scale), weight_scale defaulting to
1e-4: every layer of the ReLU stack starts far below 0.01, and the signal vanishes."""

import numpy as np


class MLP:
    def __init__(self, n_hidden, n_classes, input_dim=3072, weight_scale=0.0001):
        self.layers = []
        for size_in, size_out in zip([input_dim] + n_hidden, n_hidden + [n_classes]):
            layer = {}
            layer["weights"] = np.random.normal(0, weight_scale, [size_in, size_out])  # expect: INI003
            layer["bias"] = np.zeros([1, size_out])
            self.layers.append(layer)

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = np.maximum(0, x @ layer["weights"] + layer["bias"])
        return x @ self.layers[-1]["weights"] + self.layers[-1]["bias"]

    def step(self, grads, lr=0.01):
        for layer, g in zip(self.layers, grads):
            layer["weights"] -= lr * g
