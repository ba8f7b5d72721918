"""A from-scratch layer type (forward and backward, built by a network in another file) draws its weight with
a shape held in a local tuple: the tuple's sizes are the draw's shape, so it is a rank-2 weight of every layer
built from the type, and std 1e-4 is far too small."""

import numpy as np


class LinearModule(object):
    def __init__(self, in_features, out_features):
        mean = 0
        std = 0.0001
        size = (in_features, out_features)
        weights = np.random.normal(mean, std, size)  # expect: INI003
        biases = np.zeros(out_features)
        self.params = {"weight": weights, "bias": biases}
        self.grads = {"weight": np.zeros(size), "bias": np.zeros(out_features)}

    def forward(self, x):
        out = np.dot(x, self.params["weight"]) + self.params["bias"]
        self.cache = x
        return out

    def backward(self, dout):
        x = self.cache
        self.grads["weight"] = np.dot(x.T, dout)
        self.grads["bias"] = np.sum(dout, axis=0)
        return np.dot(dout, self.params["weight"].T)
