"""A textbook's own autograd framework (PRML-style `nn` module): the network's parameters are NumPy draws
converted with `nn.asarray(...)` into the framework's arrays, stored in a parameter dict, multiplied in
forward and updated by the framework's Adam. std 1 with fan-in 784 saturates the tanh units (LeCun: 0.036)."""
import numpy as np

from mylib import nn


class MLP(nn.Network):
    def __init__(self, n_input=784, n_hidden=128, n_output=10):
        super().__init__()
        self.parameter["w1"] = nn.asarray(np.random.randn(n_input, n_hidden))  # expect: INI004
        self.parameter["b1"] = nn.asarray(np.zeros(n_hidden))
        self.parameter["w2"] = nn.asarray(np.random.randn(n_hidden, n_output) / np.sqrt(n_hidden))
        self.parameter["b2"] = nn.asarray(np.zeros(n_output))

    def forward(self, x):
        h = nn.tanh(x @ self.parameter["w1"] + self.parameter["b1"])
        return h @ self.parameter["w2"] + self.parameter["b2"]

    def fit(self, x, y, n_iter=100, learning_rate=1e-3):
        optimizer = nn.optimizer.Adam(self.parameter, learning_rate)
        for _ in range(n_iter):
            self.clear()
            loss = nn.loss.softmax_cross_entropy(self.forward(x), y).sum()
            optimizer.minimize(loss)
