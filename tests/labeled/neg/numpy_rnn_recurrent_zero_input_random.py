"""A NumPy RNN whose recurrent weight starts at zero while the input weight is random: the zero term is
added to a live path (the recurrence learns from zero), which RULES keeps silent."""
import numpy as np


class RNN:
    def __init__(self, n_in, n_hidden, n_out):
        self.Wx = np.random.randn(n_in, n_hidden) * np.sqrt(1.0 / n_in)
        self.Wh = np.zeros((n_hidden, n_hidden))
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
