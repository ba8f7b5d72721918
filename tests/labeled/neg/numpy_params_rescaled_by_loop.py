"""A char-RNN draws each matrix with plain randn into a params dict, then scales every entry in a loop
(`for k, v in self.params.items(): self.params[k] = v * self.weight_scale`): the weights are the scaled draws,
std weight_scale, not std 1."""

import numpy as np


class CharRNN:
    def __init__(self, hidden_dims=100, vocab_size=65, weight_scale=1e-1):
        self.params = {}
        self.params["Wxh"] = np.random.randn(hidden_dims, vocab_size)
        self.params["Whh"] = np.random.randn(hidden_dims, hidden_dims)
        self.params["Why"] = np.random.randn(vocab_size, hidden_dims)
        for k, v in self.params.items():
            self.params[k] = v * weight_scale
        self.params["bh"] = np.zeros((hidden_dims, 1))
        self.params["by"] = np.zeros((vocab_size, 1))

    def step(self, x, h):
        h = np.tanh(self.params["Wxh"] @ x + self.params["Whh"] @ h + self.params["bh"])
        return self.params["Why"] @ h + self.params["by"], h

    def update(self, grads, lr=1e-2):
        for k in self.params:
            self.params[k] -= lr * grads[k]
