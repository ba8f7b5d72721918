"""A CS231n TwoLayerNet filled in with `dict.setdefault`: W1 = randn(input_dim, hidden_dim) * weight_scale with
the assignment's default weight_scale=1e-3, on the hidden ReLU layer (fan-in 3072): the signal vanishes."""

import numpy as np


class TwoLayerNet(object):
    def __init__(self, input_dim=3 * 32 * 32, hidden_dim=100, num_classes=10, weight_scale=1e-3, reg=0.0):
        self.params = {}
        self.reg = reg
        self.params.setdefault('W1', np.random.randn(input_dim, hidden_dim) * weight_scale)  # expect: INI003
        self.params.setdefault('b1', np.zeros(hidden_dim))
        self.params.setdefault('W2', np.random.randn(hidden_dim, num_classes) * weight_scale)
        self.params.setdefault('b2', np.zeros(num_classes))

    def loss(self, X, y=None):
        h = np.maximum(0, X.dot(self.params['W1']) + self.params['b1'])
        scores = h.dot(self.params['W2']) + self.params['b2']
        if y is None:
            return scores
        probs = np.exp(scores - scores.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        loss = -np.log(probs[np.arange(len(y)), y]).mean()
        dscores = probs
        dscores[np.arange(len(y)), y] -= 1
        grads = {'W2': h.T.dot(dscores) / len(y)}
        return loss, grads
