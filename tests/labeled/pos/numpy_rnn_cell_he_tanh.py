"""From-scratch NumPy vanilla RNN (hipsternet / blog style): the input and recurrent weights are
He-scaled (`/ sqrt(D / 2)`) but their summed pre-activation goes through tanh, for which He is
too large (Xavier/LeCun keep tanh's variance)."""
import numpy as np


class RNN:
    def __init__(self, D, H, C):
        self.Wxh = np.random.randn(D, H) / np.sqrt(D / 2.0)  # expect: INI102
        self.Whh = np.random.randn(H, H) / np.sqrt(H / 2.0)  # expect: INI102
        self.Why = np.random.randn(H, C) / np.sqrt(H / 2.0)
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
