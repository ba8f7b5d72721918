"""An autoencoder's weight helper dispatching with `is` on a method string, in two separate if statements (the
default 'random' arm first, then `if method is 'ones': ... elif ...`): the later arms never run when 'random'
does, so they do not overwrite it: unscaled randn feeds the ReLU layers (and its 'ones' option is a constant fill)."""

import numpy as np


class Autoencoder:
    def __init__(self, layers, method='random'):
        self.W = []
        for layer in range(1, len(layers)):
            self.W.append(self.initialize_weights(layers[layer - 1], layers[layer], method))

    def initialize_weights(self, rows, columns, method='random'):
        if method is 'random':
            W_n = np.random.randn(rows, columns)  # expect: INI004
        if method is 'ones':
            W_n = np.ones((rows, columns))  # expect: INI002
        elif method is 'scaled':
            W_n = np.random.randn(rows, columns) * np.sqrt(2.0 / rows)
        return W_n

    def forward(self, x):
        for W in self.W:
            x = np.maximum(0, x @ W)
        return x

    def step(self, grads, lr=0.01):
        for W, g in zip(self.W, grads):
            W -= lr * g
