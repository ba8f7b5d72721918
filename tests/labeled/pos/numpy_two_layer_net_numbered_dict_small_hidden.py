"""A CS231n-style two-layer net keeping its parameters as numbered dict entries (`weight1`, `weight2`), both
drawn with weight_scale=1e-3, and a backward pass: the hidden layer's 0.001 makes the signal vanish (the
second entry is the scores layer, whose small init is the head's)."""
import numpy as np


class TwoLayerNet(object):
    def __init__(self, input_dim=3 * 32 * 32, hidden_dim=100, num_classes=10, weight_scale=1e-3):
        self.elems = {}
        self.elems['weight1'] = weight_scale * np.random.randn(input_dim, hidden_dim)  # expect: INI003
        self.elems['bias1'] = np.zeros(hidden_dim)
        self.elems['weight2'] = weight_scale * np.random.randn(hidden_dim, num_classes)
        self.elems['bias2'] = np.zeros(num_classes)

    def forward(self, X):
        h = np.maximum(0, X.dot(self.elems['weight1']) + self.elems['bias1'])
        scores = h.dot(self.elems['weight2']) + self.elems['bias2']
        return scores, (X, h)

    def backward(self, grad_scores, cache):
        X, h = cache
        grads = {'weight2': h.T.dot(grad_scores), 'bias2': grad_scores.sum(axis=0)}
        dh = grad_scores.dot(self.elems['weight2'].T) * (h > 0)
        grads['weight1'] = X.T.dot(dh)
        grads['bias1'] = dh.sum(axis=0)
        return grads
