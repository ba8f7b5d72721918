"""A from-scratch fully connected net whose loop draws Glorot-uniform weights `2 * weight_scale * U * (rand - 0.5)`
(U = sqrt(6 / (n_in + n_out))) with `weight_scale=1.0` by default, before ReLU: Xavier for ReLU where the default
is used. The call that passes `weight_scale=5e-2` no longer draws Glorot's scale, so no pairing is claimed there;
but a twentieth of Glorot's std is under a tenth of He's at any fan-in (0.0013 at 3072 -> 100): INI003 there."""

import numpy as np


class FullyConnectedNet(object):
    def __init__(self, dims, weight_scale=1.0):
        self.params = {}
        self.n = len(dims) - 1
        for l in range(self.n):
            U = np.sqrt(6.0 / (dims[l] + dims[l + 1]))
            self.params["W" + str(l + 1)] = 2 * weight_scale * U * (np.random.rand(dims[l], dims[l + 1]) - 0.5)  # expect: INI101
            self.params["b" + str(l + 1)] = np.zeros(dims[l + 1])

    def forward(self, X):
        out = X
        for l in range(1, self.n):
            out = np.maximum(0, out.dot(self.params["W" + str(l)]) + self.params["b" + str(l)])
        return out.dot(self.params["W" + str(self.n)])

    def step(self, grads, lr=1e-3):
        for k, g in grads.items():
            self.params[k] -= lr * g


default_net = FullyConnectedNet([3072, 100, 50, 10])
small_net = FullyConnectedNet([3072, 100, 50, 10], weight_scale=5e-2)  # expect: INI003
