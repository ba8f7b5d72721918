"""cs231n's TwoLayerNet built twice, both times with weight_scale=std (1e-4): the calls agree, so the hidden
weight's draw is judged where it is written, with 1e-4 -- far below He for a 3072-input ReLU layer."""

import numpy as np


class TwoLayerNet(object):
    def __init__(self, input_dim=3 * 32 * 32, hidden_dim=100, num_classes=10, weight_scale=1e-3):
        self.params = {}
        self.params['W1'] = np.random.normal(scale=weight_scale, size=(input_dim, hidden_dim))  # expect: INI003
        self.params['b1'] = np.zeros(hidden_dim)
        self.params['W2'] = np.random.normal(scale=weight_scale, size=(hidden_dim, num_classes))
        self.params['b2'] = np.zeros(num_classes)

    def loss(self, X):
        h = np.maximum(0, X.dot(self.params['W1']) + self.params['b1'])
        return h.dot(self.params['W2']) + self.params['b2']

    def step(self, grads, lr):
        for k in self.params:
            self.params[k] -= lr * grads[k]


std = 1e-4
model = TwoLayerNet(input_dim=3 * 32 * 32, hidden_dim=200, num_classes=10, weight_scale=std)


def train(data):
    model = TwoLayerNet(input_dim=3 * 32 * 32, hidden_dim=200, num_classes=10, weight_scale=std)
    return model.loss(data)
