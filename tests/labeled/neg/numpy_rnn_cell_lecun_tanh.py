"""From-scratch NumPy vanilla RNN with LeCun-scaled input and recurrent weights (`/ sqrt(D)`)
in front of tanh: the right scale for tanh."""
import numpy as np


class RNN:
    def __init__(self, D, H, C):
        self.Wxh = np.random.randn(D, H) / np.sqrt(D)
        self.Whh = np.random.randn(H, H) / np.sqrt(H)
        self.Why = np.random.randn(H, C) / np.sqrt(H)
        self.bh = np.zeros((1, H))
        self.by = np.zeros((1, C))

    def forward(self, x, h):
        h = np.tanh(x @ self.Wxh + h @ self.Whh + self.bh)
        y = h @ self.Why + self.by
        return y, h

    def step(self, grads, lr=1e-3):
        self.Wxh -= lr * grads["Wxh"]
        self.Whh -= lr * grads["Whh"]
        self.Why -= lr * grads["Why"]
