"""From-scratch NumPy network: one Layer class draws its weights at the LeCun scale sqrt(1/n_in) and applies
the activation its constructor string names, "tanh" by default (the output layer asks for "linear"): LeCun is
the right scale for tanh."""
import numpy as np


class Layer:
    def __init__(self, n_in, n_out, activation="tanh"):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in)
        self.b = np.zeros(n_out)
        self.activation = activation

    def forward(self, x):
        z = x @ self.W + self.b
        if self.activation == "relu":
            return np.maximum(0, z)
        elif self.activation == "tanh":
            return np.tanh(z)
        return z

    def update(self, dW, lr=0.1):
        self.W -= lr * dW


class Network:
    def __init__(self):
        self.layers = [Layer(784, 256), Layer(256, 128), Layer(128, 10, activation="linear")]

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x
