"""Book-style MLP: weights drawn flat from U(-1, 1) and reshaped into the layer's matrix. U(-1, 1) has std 0.58;
RULES fire on it only "with large fan-in", and nothing in the file says how many features there are: silent."""

import numpy as np


class NeuralNetMLP:
    def __init__(self, n_output, n_features, n_hidden=30, eta=0.001):
        self.n_output = n_output
        self.n_features = n_features
        self.n_hidden = n_hidden
        self.eta = eta
        self.w1, self.w2 = self._initialize_weights()

    def _initialize_weights(self):
        w1 = np.random.uniform(-1.0, 1.0, size=self.n_hidden * (self.n_features + 1))
        w1 = w1.reshape(self.n_hidden, self.n_features + 1)
        w2 = np.random.uniform(-0.1, 0.1, size=self.n_output * (self.n_hidden + 1))
        w2 = w2.reshape(self.n_output, self.n_hidden + 1)
        return w1, w2

    def _feedforward(self, X):
        z2 = self.w1.dot(X.T)
        a2 = 1.0 / (1.0 + np.exp(-z2))
        z3 = self.w2.dot(a2)
        return z3

    def fit(self, X, grad1, grad2):
        self.w1 -= self.eta * grad1
        self.w2 -= self.eta * grad2
