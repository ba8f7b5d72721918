"""From-scratch NumPy RNN with both the input and the recurrent weights at zero: their sum before tanh
has no other path, so every hidden unit stays identical (the added-path exemption needs a live path)."""
import numpy as np


class RNN:
    def __init__(self, n_in, n_hidden, n_out):
        self.Wx = np.zeros((n_in, n_hidden))  # expect: INI001
        self.Wh = np.zeros((n_hidden, n_hidden))  # expect: INI001
        self.Wy = np.random.randn(n_hidden, n_out) * 0.01

    def forward(self, xs):
        h = np.zeros((1, self.Wh.shape[0]))
        for x in xs:
            h = np.tanh(x @ self.Wx + h @ self.Wh)
        return h @ self.Wy

    def step(self, grads, lr=0.1):
        self.Wx -= lr * grads["Wx"]
        self.Wh -= lr * grads["Wh"]
        self.Wy -= lr * grads["Wy"]
