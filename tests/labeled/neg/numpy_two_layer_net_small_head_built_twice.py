"""Deep Learning from Scratch's TwoLayerNet, built twice in one script: weight_init_std=0.01 for both
matrices. At fan-in 784 the first layer's 0.01 is above a tenth of He; W2 is the output layer before the softmax
loss, where a small std is a deliberate head init (RULES: small-std heads are exempt)."""
from collections import OrderedDict

import numpy as np


class Affine:
    def __init__(self, W, b):
        self.W, self.b = W, b

    def forward(self, x):
        self.x = x
        return np.dot(x, self.W) + self.b


class Relu:
    def forward(self, x):
        return np.maximum(0, x)


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {}
        self.params["W1"] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params["b1"] = np.zeros(hidden_size)
        self.params["W2"] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params["b2"] = np.zeros(output_size)
        self.layers = OrderedDict()
        self.layers["Affine1"] = Affine(self.params["W1"], self.params["b1"])
        self.layers["Relu1"] = Relu()
        self.layers["Affine2"] = Affine(self.params["W2"], self.params["b2"])

    def predict(self, x):
        for layer in self.layers.values():
            x = layer.forward(x)
        return x


net = TwoLayerNet(input_size=784, hidden_size=100, output_size=10)
network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
for key in ("W1", "b1", "W2", "b2"):
    network.params[key] -= 0.1 * np.zeros_like(network.params[key])
