"""A from-scratch NumPy framework: `Linear` keeps its weight in `self.params['W']` at the Glorot scale, and the
MLP stacks Linear, Tanh and Dropout objects (classes of the same file) in a Sequential that calls each one's
forward. Every hidden Linear feeds tanh: the pairing Xavier is made for."""

import numpy as np


class Layer:
    def __init__(self):
        self.params = {}


class Linear(Layer):
    def __init__(self, in_features, out_features):
        super().__init__()
        scale = np.sqrt(2.0 / (in_features + out_features))
        self.params['W'] = np.random.randn(in_features, out_features) * scale
        self.params['b'] = np.zeros(out_features)

    def forward(self, x):
        return x @ self.params['W'] + self.params['b']


class Tanh(Layer):
    def forward(self, x):
        return np.tanh(x)


class Dropout(Layer):
    def forward(self, x, p=0.3):
        return x * (np.random.rand(*x.shape) > p)


class Sequential:
    def __init__(self, layers):
        self.layers = layers

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x


class MLP:
    def __init__(self, input_dim, hidden_dims, output_dim):
        layers = []
        prev = input_dim
        for h in hidden_dims:
            layers.append(Linear(prev, h))
            layers.append(Tanh())
            layers.append(Dropout())
            prev = h
        layers.append(Linear(prev, output_dim))
        self.model = Sequential(layers)

    def forward(self, x):
        return self.model.forward(x)
