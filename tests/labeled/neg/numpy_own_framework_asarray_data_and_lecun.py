"""A textbook's own autograd framework: parameters converted with `nn.asarray(...)` and drawn at the LeCun
scale sqrt(1/fan_in) before tanh; the unit-normal arrays converted the same way are the toy data set."""
import numpy as np

from mylib import nn


class MLP(nn.Network):
    def __init__(self, n_input=2, n_hidden=64, n_output=1):
        super().__init__()
        self.parameter["w1"] = nn.asarray(np.random.randn(n_input, n_hidden) / np.sqrt(n_input))
        self.parameter["b1"] = nn.asarray(np.zeros(n_hidden))
        self.parameter["w2"] = nn.asarray(np.random.randn(n_hidden, n_output) / np.sqrt(n_hidden))
        self.parameter["b2"] = nn.asarray(np.zeros(n_output))

    def forward(self, x):
        h = nn.tanh(x @ self.parameter["w1"] + self.parameter["b1"])
        return h @ self.parameter["w2"] + self.parameter["b2"]


x_train = nn.asarray(np.random.randn(200, 2))
y_train = nn.asarray((np.random.randn(200, 1) > 0).astype(float))
model = MLP()
optimizer = nn.optimizer.Adam(model.parameter, 1e-3)
for _ in range(100):
    model.clear()
    optimizer.minimize(((model.forward(x_train) - y_train) ** 2).sum())
