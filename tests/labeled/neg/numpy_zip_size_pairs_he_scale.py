"""The same loop over pairs of sizes, each layer drawn with He's scale for its own fan-in."""

import numpy as np


class MLP:
    def __init__(self, n_hidden, n_classes, input_dim=3072):
        self.layers = []
        for size_in, size_out in zip([input_dim] + n_hidden, n_hidden + [n_classes]):
            layer = {}
            layer["weights"] = np.random.normal(0, np.sqrt(2.0 / size_in), [size_in, size_out])
            layer["bias"] = np.zeros([1, size_out])
            self.layers.append(layer)

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = np.maximum(0, x @ layer["weights"] + layer["bias"])
        return x @ self.layers[-1]["weights"] + self.layers[-1]["bias"]

    def step(self, grads, lr=0.01):
        for layer, g in zip(self.layers, grads):
            layer["weights"] -= lr * g
